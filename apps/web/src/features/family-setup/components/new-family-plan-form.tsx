import { dutchToday, INFORMATION_CATEGORIES } from '@gezinsplan/domain';
import { Alert, Button, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TitledSection } from '../../../shared/components/titled-section';
import { CheckboxGroupField, FormActions, KitForm, TextareaField, TextField, useKitForm } from '../../../shared/forms';
import { useBackToPlan } from '../hooks/use-back-to-plan';
import { ExistingPlansFound, useCreateFamily } from '../hooks/use-create-family';
import { ExistingPlanFlag } from '../utils/existing-plans';
import { newNetworkValues } from '../utils/network-details';
import { NEW_PLAN, newPlanMember, newPlanSchema } from '../utils/new-plan';
import { ExistingPlanFlagNotice } from './existing-plan-flag';
import { MemberFields } from './member-fields';
import { NetworkFields } from './network-fields';

/** A member's own field: a change there makes them another person to check. */
const MEMBER_DETAIL = /^members\.(\d+)\.(?!differentPersonConfirmed$)/;

/**
 * A professional starts a family's plan with its first members, and its
 * network if known, and becomes its regisseur. Starting opens the new plan.
 */
export function NewFamilyPlanForm() {
  const { t } = useTranslation('familySetup');
  const { t: tv } = useTranslation('vocabulary');
  const { create } = useCreateFamily();
  const backToPlan = useBackToPlan();
  const schema = useMemo(() => newPlanSchema(dutchToday()), []);
  const kit = useKitForm({ schema, defaultValues: NEW_PLAN, focusOnOpen: 'name' });
  const { control, formState, getValues, setValue, watch } = kit.form;
  const members = useFieldArray({ control, name: 'members' });
  const network = useFieldArray({ control, name: 'network' });
  // Members already in a family with an active plan, by key: the start waits for the regisseur's answer, or a confirmed namesake.
  // Null until a start was refused for it; empty when the database refused without saying for whom (a start by someone else at the same moment).
  const [flags, setFlags] = useState<Record<string, ExistingPlanFlag> | null>(null);
  const [flagsShown, setFlagsShown] = useState(0);
  const flagSummary = useRef<HTMLDivElement>(null);
  const addMemberButton = useRef<HTMLButtonElement>(null);
  const addNetworkButton = useRef<HTMLButtonElement>(null);
  const keys = members.fields.map((field) => field.id);

  const dropFlag = (key: string | undefined) =>
    setFlags((current) => {
      if (!current || key === undefined) return current;
      const { [key]: _dropped, ...others } = current;
      return others;
    });

  useEffect(() => {
    // Other details are another person to check: a flag and a confirmation were about the old ones.
    const subscription = watch((_values, { name }) => {
      const index = MEMBER_DETAIL.exec(name ?? '')?.[1];
      if (index === undefined) return;
      setValue(`members.${Number(index)}.differentPersonConfirmed`, false);
      dropFlag(members.fields[Number(index)]?.id);
    });
    return () => subscription.unsubscribe();
  }, [watch, setValue, members.fields]);

  // The summary gets the focus, so a screen reader hears why nothing started.
  useEffect(() => {
    if (flagsShown > 0) flagSummary.current?.focus();
  }, [flagsShown]);

  const confirmDifferentPerson = (index: number) => {
    setValue(`members.${index}.differentPersonConfirmed`, true);
    dropFlag(keys[index]);
  };
  const remove = (list: typeof members | typeof network, index: number, addButton: typeof addMemberButton) => {
    list.remove(index);
    addButton.current?.focus();
  };

  return (
    <KitForm
      kit={kit}
      className="page-form"
      onSubmit={(plan) => {
        setFlags(null);
        return create(plan, keys);
      }}
      onSaved={(familyId) => backToPlan(familyId, { kind: 'started' })}
      onFailure={(error) => {
        if (!(error instanceof ExistingPlansFound)) return false;
        setFlags(error.flags);
        setFlagsShown((count) => count + 1);
        return true;
      }}
    >
      {flags && (
        <div ref={flagSummary} tabIndex={-1}>
          <Alert type="warning" role="alert">
            <Paragraph>{t('existingPlan.summary')}</Paragraph>
          </Alert>
        </div>
      )}
      <TextField
        control={control}
        name="name"
        label={t('newPlan.name.label')}
        description={t('newPlan.name.description')}
        autoComplete="off"
        errorMessage={{ empty: t('newPlan.name.errors.empty'), tooLong: t('newPlan.name.errors.tooLong'), invalid: t('newPlan.name.errors.invalid') }}
      />

      <TitledSection className="page-form__part" title={t('newPlan.members.title')} intro={t('newPlan.members.description')}>
        {members.fields.map((field, index) => {
          const flag = flags?.[field.id];
          return (
            <MemberFields key={field.id} form={kit.form} at={`members.${index}.`} legend={t('newPlan.members.person', { number: index + 1 })}>
              <TextField
                control={control}
                name={`members.${index}.bsn`}
                label={t('member.bsn.label')}
                description={t('member.bsn.description')}
                inputMode="numeric"
                autoComplete="off"
                errorMessage={t('member.bsn.errors.invalid')}
              />
              {flag && (
                <ExistingPlanFlagNotice
                  name={`${getValues(`members.${index}.givenName`).trim()} ${getValues(`members.${index}.familyName`).trim()}`}
                  flag={flag}
                  onDifferentPerson={() => confirmDifferentPerson(index)}
                />
              )}
              {members.fields.length > 1 && (
                <Button appearance="secondary-action-button" onClick={() => remove(members, index, addMemberButton)}>
                  {t('newPlan.members.remove', { number: index + 1 })}
                </Button>
              )}
            </MemberFields>
          );
        })}
        <Button
          ref={addMemberButton}
          appearance="secondary-action-button"
          onClick={() => members.append(newPlanMember('CHILD', getValues('members.0.familyName') ?? ''), { focusName: `members.${members.fields.length}.givenName` })}
        >
          {t('newPlan.members.add')}
        </Button>
      </TitledSection>

      <TitledSection className="page-form__part" title={t('newPlan.network.title')} intro={t('newPlan.network.description')}>
        {network.fields.map((field, index) => (
          <NetworkFields key={field.id} control={control} at={`network.${index}.`} legend={t('newPlan.network.person', { number: index + 1 })}>
            <Button appearance="secondary-action-button" onClick={() => remove(network, index, addNetworkButton)}>
              {t('newPlan.network.remove', { number: index + 1 })}
            </Button>
          </NetworkFields>
        ))}
        <Button
          ref={addNetworkButton}
          appearance="secondary-action-button"
          onClick={() => network.append(newNetworkValues(), { focusName: `network.${network.fields.length}.name` })}
        >
          {t('newPlan.network.add')}
        </Button>
      </TitledSection>

      <TitledSection className="page-form__part" title={t('newPlan.regisseur.title')} intro={t('newPlan.regisseur.description')}>
        <TextareaField
          control={control}
          name="regisseurTask"
          label={t('newPlan.regisseurTask.label')}
          description={t('newPlan.regisseurTask.description')}
          rows={3}
          errorMessage={{
            empty: t('newPlan.regisseurTask.errors.empty'),
            tooShort: t('newPlan.regisseurTask.errors.invalid'),
            tooLong: t('newPlan.regisseurTask.errors.tooLong'),
            invalid: t('newPlan.regisseurTask.errors.invalid'),
          }}
        />
        <CheckboxGroupField
          control={control}
          name="regisseurCategories"
          legend={t('newPlan.regisseurCategories.legend')}
          description={t('newPlan.regisseurCategories.description')}
          options={INFORMATION_CATEGORIES.map((category) => ({ value: category, label: tv(`categories.${category}`) }))}
          errorMessage={t('newPlan.regisseurCategories.error')}
        />
      </TitledSection>

      <FormActions submitLabel={t('newPlan.submit')} busyLabel={t('newPlan.submitting')} busy={formState.isSubmitting} />
    </KitForm>
  );
}
