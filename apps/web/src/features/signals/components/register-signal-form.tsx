import { dutchToday, SIGNAL_DOMAINS, SignalDomain } from '@gezinsplan/domain';
import {
  Alert,
  Button,
  Fieldset,
  FormFieldErrorMessage,
  FormFieldRadio,
  FormFieldTextarea,
  FormFieldTextInput,
  Heading,
  Paragraph,
} from '@rijkshuisstijl-community/components-react';
import { FormEvent, RefObject, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SignalMatchFieldsFragment } from '../../../graphql/generated/graphql';
import { inputValue } from '../../../shared/components/input-value';
import { RouterLink } from '../../../shared/components/router-link';
import { useUnsavedChanges } from '../../../shared/components/unsaved-changes';
import { PATHS } from '../../../shared/paths';
import { useRegisterSignal } from '../hooks/use-register-signal';
import { formFields } from '../utils/signal-problem';
import {
  EMPTY_SIGNAL,
  placeApiProblems,
  registerSignalInputOf,
  SIGNAL_FIELDS,
  SignalDraft,
  SignalField,
  signalDraftProblems,
} from '../utils/signal-draft';

interface RegisterSignalFormProps {
  onRegistered: (match: SignalMatchFieldsFragment) => void;
}

type Failure = 'conflict' | 'refused' | 'unavailable';

/**
 * Only who and where: the young person's identity and address, the parents'
 * BSNs that link siblings, one domain of concern, my phone, and whether the
 * family was told. There is deliberately no field for what the worry is.
 */
export function RegisterSignalForm({ onRegistered }: RegisterSignalFormProps) {
  const { t } = useTranslation('signals');
  const { register, registering } = useRegisterSignal();
  const [draft, setDraft] = useState<SignalDraft>(EMPTY_SIGNAL);
  const [invalid, setInvalid] = useState<readonly SignalField[]>([]);
  // Nine digits are checked here; a BSN the API still rejects fails the eleven-test.
  const [bsnFailsElevenTest, setBsnFailsElevenTest] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [registered, setRegistered] = useState(false);
  const today = dutchToday();
  useUnsavedChanges(!registered && JSON.stringify(draft) !== JSON.stringify(EMPTY_SIGNAL));

  const refs: Record<SignalField, RefObject<HTMLElement | null>> = {
    bsn: useRef<HTMLInputElement>(null),
    givenName: useRef<HTMLInputElement>(null),
    familyName: useRef<HTMLInputElement>(null),
    dateOfBirth: useRef<HTMLInputElement>(null),
    street: useRef<HTMLInputElement>(null),
    houseNumber: useRef<HTMLInputElement>(null),
    postcode: useRef<HTMLInputElement>(null),
    city: useRef<HTMLInputElement>(null),
    parentBsns: useRef<HTMLInputElement>(null),
    domain: useRef<HTMLInputElement>(null),
    contactPhone: useRef<HTMLInputElement>(null),
    informed: useRef<HTMLInputElement>(null),
    informedAt: useRef<HTMLInputElement>(null),
    notInformedReason: useRef<HTMLTextAreaElement>(null),
  };
  const parentsErrorId = useId();
  const domainErrorId = useId();
  const informedErrorId = useId();
  const informedDescriptionId = useId();

  useEffect(() => {
    const first = SIGNAL_FIELDS.find((field) => invalid.includes(field));
    if (first) refs[first].current?.focus();
    // The refs are stable; only a new set of problems moves the focus.
  }, [invalid]);

  const set = <F extends keyof SignalDraft>(field: F, value: SignalDraft[F]) =>
    setDraft((current) => ({ ...current, [field]: value }));
  const isInvalid = (field: SignalField) => invalid.includes(field);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (registering) return;
    setFailure(null);
    setBsnFailsElevenTest(false);
    const problems = signalDraftProblems(draft, today);
    setInvalid(problems);
    if (problems.length > 0) return;
    const outcome = await register(registerSignalInputOf(draft, today));
    if ('match' in outcome) {
      setRegistered(true);
      onRegistered(outcome.match);
      return;
    }
    const { problem } = outcome;
    if (problem.kind === 'fields') {
      const fields = formFields(problem.fields, SIGNAL_FIELDS);
      if (fields.length === 0) {
        setFailure('unavailable');
        return;
      }
      setBsnFailsElevenTest(fields.includes('bsn'));
      setInvalid(placeApiProblems(fields, draft));
    } else setFailure(problem.kind === 'personHasPlan' ? 'unavailable' : problem.kind);
  };

  const textField = (
    field: Exclude<SignalField, 'parentBsns' | 'domain' | 'informed' | 'informedAt' | 'notInformedReason'>,
    options: { description?: string; autoComplete?: string; type?: string; max?: string } = {},
  ) => (
    <FormFieldTextInput
      name={field}
      type={options.type}
      label={t(`register.${field === 'contactPhone' ? 'phone' : field}`)}
      description={options.description}
      autoComplete={options.autoComplete ?? 'off'}
      max={options.max}
      value={draft[field]}
      invalid={isInvalid(field)}
      errorMessage={field === 'bsn' && bsnFailsElevenTest ? t('register.errors.bsnElevenTest') : t(`register.errors.${field}`)}
      inputRef={refs[field] as RefObject<HTMLInputElement>}
      onChange={(event) => set(field, inputValue(event))}
    />
  );

  return (
    <form className="page-form signal-form" noValidate onSubmit={(event) => void submit(event)}>
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
        {textField('bsn', { description: t('register.bsnDescription') })}
        {textField('givenName')}
        {textField('familyName')}
        {textField('dateOfBirth', { type: 'date', max: today })}
      </Fieldset>

      <Fieldset legend={t('register.address')} className="page-form__group">
        {textField('street')}
        {textField('houseNumber')}
        {textField('postcode', { description: t('register.postcodeDescription') })}
        {textField('city')}
      </Fieldset>

      <Fieldset
        legend={t('register.parents')}
        className="page-form__group"
        invalid={isInvalid('parentBsns')}
        aria-describedby={isInvalid('parentBsns') ? parentsErrorId : undefined}
      >
        <Paragraph className="signal-form__hint">{t('register.parentsDescription')}</Paragraph>
        {isInvalid('parentBsns') && <FormFieldErrorMessage id={parentsErrorId}>{t('register.errors.parentBsns')}</FormFieldErrorMessage>}
        <FormFieldTextInput
          name="parentBsn1"
          label={t('register.parent1')}
          autoComplete="off"
          value={draft.parentBsn1}
          invalid={isInvalid('parentBsns')}
          inputRef={refs.parentBsns as RefObject<HTMLInputElement>}
          onChange={(event) => set('parentBsn1', inputValue(event))}
        />
        <FormFieldTextInput
          name="parentBsn2"
          label={t('register.parent2')}
          autoComplete="off"
          value={draft.parentBsn2}
          invalid={isInvalid('parentBsns')}
          onChange={(event) => set('parentBsn2', inputValue(event))}
        />
      </Fieldset>

      <Fieldset
        legend={t('register.domain')}
        className="page-form__group"
        invalid={isInvalid('domain')}
        aria-describedby={isInvalid('domain') ? domainErrorId : undefined}
      >
        <Paragraph className="signal-form__hint">{t('register.domainDescription')}</Paragraph>
        {isInvalid('domain') && <FormFieldErrorMessage id={domainErrorId}>{t('register.errors.domain')}</FormFieldErrorMessage>}
        {SIGNAL_DOMAINS.map((domain: SignalDomain, index) => (
          <FormFieldRadio
            key={domain}
            name="domain"
            value={domain}
            label={t(`domains.${domain}`)}
            description={t(`domainDescriptions.${domain}`)}
            checked={draft.domain === domain}
            invalid={isInvalid('domain')}
            radioRef={index === 0 ? (refs.domain as RefObject<HTMLInputElement>) : undefined}
            onChange={() => set('domain', domain)}
          />
        ))}
      </Fieldset>

      {textField('contactPhone', { type: 'tel', autoComplete: 'tel', description: t('register.phoneDescription') })}

      <Fieldset
        legend={t('register.informed')}
        className="page-form__group"
        invalid={isInvalid('informed')}
        aria-describedby={[informedDescriptionId, isInvalid('informed') ? informedErrorId : ''].join(' ').trim()}
      >
        <Paragraph id={informedDescriptionId} className="signal-form__hint">
          {t('register.informedDescription')}
        </Paragraph>
        {isInvalid('informed') && <FormFieldErrorMessage id={informedErrorId}>{t('register.errors.informed')}</FormFieldErrorMessage>}
        <FormFieldRadio
          name="informed"
          value="yes"
          label={t('register.informedYes')}
          checked={draft.informed === 'yes'}
          invalid={isInvalid('informed')}
          radioRef={refs.informed as RefObject<HTMLInputElement>}
          onChange={() => set('informed', 'yes')}
        />
        {draft.informed === 'yes' && (
          <FormFieldTextInput
            className="signal-form__follow-up"
            name="informedOn"
            type="date"
            label={t('register.informedOn')}
            max={today}
            value={draft.informedOn}
            invalid={isInvalid('informedAt')}
            errorMessage={t('register.errors.informedAt')}
            inputRef={refs.informedAt as RefObject<HTMLInputElement>}
            onChange={(event) => set('informedOn', inputValue(event))}
          />
        )}
        <FormFieldRadio
          name="informed"
          value="no"
          label={t('register.informedNo')}
          checked={draft.informed === 'no'}
          invalid={isInvalid('informed')}
          onChange={() => set('informed', 'no')}
        />
        {draft.informed === 'no' && (
          <FormFieldTextarea
            className="signal-form__follow-up"
            name="notInformedReason"
            label={t('register.notInformedReason')}
            description={t('register.notInformedReasonDescription')}
            rows={3}
            value={draft.notInformedReason}
            invalid={isInvalid('notInformedReason')}
            errorMessage={t('register.errors.notInformedReason')}
            inputRef={refs.notInformedReason as RefObject<HTMLTextAreaElement>}
            onChange={(event) => set('notInformedReason', inputValue(event))}
          />
        )}
      </Fieldset>

      <div className="page-form__actions">
        <Button type="submit" appearance="primary-action-button" busy={registering}>
          {registering ? t('register.submitting') : t('register.submit')}
        </Button>
      </div>
    </form>
  );
}
