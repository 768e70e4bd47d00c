import { dutchToday, SIGNAL_DOMAINS } from '@gezinsplan/domain';
import { Alert, Fieldset, Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SignalMatchFieldsFragment } from '../../../graphql/generated/graphql';
import { RouterLink } from '../../../shared/components/router-link';
import { ChoiceFieldset, FormActions, KitForm, RadioGroupField, TextareaField, TextField, useKitForm } from '../../../shared/forms';
import { PATHS } from '../../../shared/paths';
import { useRegisterSignal } from '../hooks/use-register-signal';
import { EMPTY_SIGNAL, signalFieldAliases, signalSchema } from '../utils/signal-form';
import { SignalFormFailure, signalFormFailureOf } from '../utils/signal-problem';

interface RegisterSignalFormProps {
  onRegistered: (match: SignalMatchFieldsFragment) => void;
}

/** The fields with one message, whatever their problem; named as the API and the form name them. */
type PlainField = 'givenName' | 'familyName' | 'dateOfBirth' | 'street' | 'houseNumber' | 'postcode' | 'city' | 'contactPhone';

/**
 * Only who and where: the young person's identity and address, the parents'
 * BSNs that link siblings, one domain of concern, my phone, and whether the
 * family was told. There is deliberately no field for what the worry is.
 */
export function RegisterSignalForm({ onRegistered }: RegisterSignalFormProps) {
  const { t } = useTranslation('signals');
  const { register } = useRegisterSignal();
  const today = useMemo(() => dutchToday(), []);
  const schema = useMemo(() => signalSchema(today), [today]);
  const kit = useKitForm({ schema, defaultValues: EMPTY_SIGNAL, apiFieldAliases: (values) => signalFieldAliases(values.informed) });
  const { control, formState, getValues } = kit.form;
  const parentsMarked = formState.errors.parentBsns !== undefined;
  const [failure, setFailure] = useState<Exclude<SignalFormFailure['kind'], 'personHasPlan'> | null>(null);

  const plain = (field: PlainField, options: { description?: string; autoComplete?: string; type?: string; max?: string } = {}) => (
    <TextField
      control={control}
      name={field}
      type={options.type}
      label={t(`register.${field === 'contactPhone' ? 'phone' : field}`)}
      description={options.description}
      autoComplete={options.autoComplete ?? 'off'}
      max={options.max}
      errorMessage={t(`register.errors.${field}`)}
    />
  );

  return (
    <KitForm
      kit={kit}
      className="page-form signal-form"
      onSubmit={(input) => {
        // Cleared first, so that the same message after a second attempt is announced again.
        setFailure(null);
        return register(input);
      }}
      onSaved={onRegistered}
      onFailure={(error) => {
        const values = getValues();
        const found = signalFormFailureOf(error, values, signalFieldAliases(values.informed));
        setFailure(found && (found.kind === 'personHasPlan' ? 'unavailable' : found.kind));
        return found !== null;
      }}
    >
      <Alert type="info" className="signal-form__no-content">
        <Heading level={2} appearanceLevel={4}>
          {t('register.noContentTitle')}
        </Heading>
        <Paragraph>{t('register.noContent')}</Paragraph>
      </Alert>
      {failure && (
        <div role="alert" className="signal-form__failure">
          <Paragraph className="form-failure">{t(`register.problems.${failure}`)}</Paragraph>
          {failure === 'conflict' && (
            <Paragraph>
              <RouterLink to={PATHS.signals}>{t('register.done.toSignals')}</RouterLink>
            </Paragraph>
          )}
        </div>
      )}

      <Fieldset legend={t('register.youngPerson')} className="page-form__group">
        <TextField
          control={control}
          name="bsn"
          label={t('register.bsn')}
          description={t('register.bsnDescription')}
          autoComplete="off"
          // Nine digits are checked here; a BSN the API still rejects fails the eleven-test.
          errorMessage={{ nineDigits: t('register.errors.bsn'), invalid: t('register.errors.bsnElevenTest') }}
        />
        {plain('givenName')}
        {plain('familyName')}
        {plain('dateOfBirth', { type: 'date', max: today })}
      </Fieldset>

      <Fieldset legend={t('register.address')} className="page-form__group">
        {plain('street')}
        {plain('houseNumber')}
        {plain('postcode', { description: t('register.postcodeDescription') })}
        {plain('city')}
      </Fieldset>

      <ChoiceFieldset
        legend={t('register.parents')}
        description={t('register.parentsDescription')}
        className="page-form__group"
        errorMessage={parentsMarked ? t('register.errors.parentBsns') : undefined}
      >
        <TextField control={control} name="parentBsns.first" label={t('register.parent1')} autoComplete="off" inGroupMarked={parentsMarked} />
        <TextField control={control} name="parentBsns.second" label={t('register.parent2')} autoComplete="off" inGroupMarked={parentsMarked} />
      </ChoiceFieldset>

      <RadioGroupField
        control={control}
        name="domain"
        legend={t('register.domain')}
        description={t('register.domainDescription')}
        className="page-form__group"
        errorMessage={t('register.errors.domain')}
        options={SIGNAL_DOMAINS.map((domain) => ({
          value: domain,
          label: t(`domains.${domain}`),
          description: t(`domainDescriptions.${domain}`),
        }))}
      />

      {plain('contactPhone', { type: 'tel', autoComplete: 'tel', description: t('register.phoneDescription') })}

      <RadioGroupField
        control={control}
        name="informed"
        legend={t('register.informed')}
        description={t('register.informedDescription')}
        className="page-form__group"
        errorMessage={t('register.errors.informed')}
        options={[
          {
            value: 'yes',
            label: t('register.informedYes'),
            followUp: (
              <div className="signal-form__follow-up">
                <TextField
                  control={control}
                  name="informedAt"
                  type="date"
                  label={t('register.informedOn')}
                  max={today}
                  errorMessage={t('register.errors.informedAt')}
                />
              </div>
            ),
          },
          {
            value: 'no',
            label: t('register.informedNo'),
            followUp: (
              <div className="signal-form__follow-up">
                <TextareaField
                  control={control}
                  name="notInformedReason"
                  label={t('register.notInformedReason')}
                  description={t('register.notInformedReasonDescription')}
                  rows={3}
                  errorMessage={t('register.errors.notInformedReason')}
                />
              </div>
            ),
          },
        ]}
      />

      <FormActions submitLabel={t('register.submit')} busyLabel={t('register.submitting')} busy={formState.isSubmitting} />
    </KitForm>
  );
}
