import { dutchToday, FAMILY_ROLES, FamilyRole } from '@gezinsplan/domain';
import { Fieldset } from '@rijkshuisstijl-community/components-react';
import { PropsWithChildren, useEffect } from 'react';
import { FieldPath, FieldValues, PathValue, UseFormReturn, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CheckboxField, SelectField, TextField } from '../../../shared/forms';
import { canHoldAuthority, MemberValues } from '../utils/member-details';

interface MemberFieldsProps<T extends FieldValues, O extends FieldValues> {
  form: Pick<UseFormReturn<T, unknown, O>, 'control' | 'setValue'>;
  /** Where the member stands in the form's values: at the top of a form of one member, or `members.2.` in a list. */
  at?: '' | `${string}.`;
  legend: string;
}

/**
 * One family member: name, date of birth, role, parental authority and
 * whether they live at home. The last three decide who must consent, so
 * authority is offered for parents and carers only. The children: actions on this person.
 */
export function MemberFields<T extends FieldValues, O extends FieldValues>({
  form: { control, setValue },
  at = '',
  legend,
  children,
}: PropsWithChildren<MemberFieldsProps<T, O>>) {
  const { t } = useTranslation('familySetup');
  const path = (field: keyof MemberValues) => `${at}${field}` as FieldPath<T>;
  const role = useWatch({ control, name: path('role') }) as FamilyRole;

  useEffect(() => {
    // Only parents and guardians have authority; one chosen again starts without it until it is ticked.
    if (!canHoldAuthority(role)) setValue(path('hasParentalAuthority'), false as PathValue<T, FieldPath<T>>);
    // Only a change of role takes authority away.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [role]);

  const messages = (field: 'givenName' | 'familyName' | 'dateOfBirth') => ({
    empty: t(`member.${field}.errors.empty`),
    tooLong: t(`member.${field}.errors.tooLong`),
    invalid: t(`member.${field}.errors.invalid`),
  });
  return (
    <Fieldset legend={legend} className="page-form__group page-form__person">
      {(['givenName', 'familyName'] as const).map((field) => (
        <TextField
          key={field}
          control={control}
          name={path(field)}
          label={t(`member.${field}.label`)}
          autoComplete="off"
          errorMessage={messages(field)}
        />
      ))}
      <TextField
        control={control}
        name={path('dateOfBirth')}
        type="date"
        max={dutchToday()}
        label={t('member.dateOfBirth.label')}
        errorMessage={messages('dateOfBirth')}
      />
      <SelectField
        control={control}
        name={path('role')}
        label={t('member.role.label')}
        options={FAMILY_ROLES.map((value) => ({ value, label: t(`member.role.options.${value}`) }))}
      />
      {canHoldAuthority(role) && (
        <CheckboxField
          control={control}
          name={path('hasParentalAuthority')}
          label={t('member.hasParentalAuthority.label')}
          description={t('member.hasParentalAuthority.description')}
        />
      )}
      <CheckboxField control={control} name={path('livesAtHome')} label={t('member.livesAtHome.label')} />
      {children}
    </Fieldset>
  );
}
