import { dutchToday, FAMILY_ROLES } from '@gezinsplan/domain';
import {
  Fieldset,
  FormFieldCheckboxOption,
  FormFieldSelect,
  FormFieldTextInput,
  SelectOption,
} from '@rijkshuisstijl-community/components-react';
import { PropsWithChildren, RefObject, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { FamilyRole } from '../../../graphql/generated/graphql';
import { FieldErrors } from '../../../shared/components/form-problem';
import { inputValue } from '../../../shared/components/input-value';
import { canHoldAuthority, MEMBER_FIELDS, MemberDetails, MemberField } from '../utils/member-details';

interface MemberFieldsProps {
  /** Unique on the page: the fields' names start with it. */
  name: string;
  legend: string;
  member: MemberDetails;
  errors: FieldErrors<MemberField>;
  /** Moves the focus to the first field with a problem whenever a new set of problems arrives. */
  focusFirstProblem?: boolean;
  /** Puts the focus in the first field once it appears: for a person just added to a list. */
  focusOnMount?: boolean;
  onChange: (change: Partial<MemberDetails>) => void;
}

/**
 * One family member: name, date of birth, role, parental authority and
 * whether they live at home. The last three decide who must consent, so
 * authority is offered for parents and carers only. The children: actions on this person.
 */
export function MemberFields({
  name,
  legend,
  member,
  errors,
  focusFirstProblem = false,
  focusOnMount = false,
  onChange,
  children,
}: PropsWithChildren<MemberFieldsProps>) {
  const { t } = useTranslation('familySetup');
  const refs: Record<MemberField, RefObject<HTMLInputElement | null>> = {
    givenName: useRef<HTMLInputElement>(null),
    familyName: useRef<HTMLInputElement>(null),
    dateOfBirth: useRef<HTMLInputElement>(null),
  };

  useEffect(() => {
    if (focusOnMount) refs.givenName.current?.focus();
    // Once, when the person appears.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // After the render, so that the field already carries its message when it is announced.
  useEffect(() => {
    if (!focusFirstProblem) return;
    const first = MEMBER_FIELDS.find((field) => errors[field]);
    if (first) refs[first].current?.focus();
    // The refs are stable; only a new set of problems moves the focus.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [errors, focusFirstProblem]);

  const nameField = (field: 'givenName' | 'familyName') => (
    <FormFieldTextInput
      name={`${name}-${field}`}
      label={t(`member.${field}.label`)}
      autoComplete="off"
      value={member[field]}
      invalid={Boolean(errors[field])}
      errorMessage={errors[field] && t(`member.${field}.errors.${errors[field]}`)}
      inputRef={refs[field]}
      onChange={(event) => onChange({ [field]: inputValue(event) })}
    />
  );

  return (
    <Fieldset legend={legend} className="page-form__group page-form__person">
      {nameField('givenName')}
      {nameField('familyName')}
      <FormFieldTextInput
        name={`${name}-dateOfBirth`}
        type="date"
        max={dutchToday()}
        label={t('member.dateOfBirth.label')}
        value={member.dateOfBirth}
        invalid={Boolean(errors.dateOfBirth)}
        errorMessage={errors.dateOfBirth && t(`member.dateOfBirth.errors.${errors.dateOfBirth}`)}
        inputRef={refs.dateOfBirth}
        onChange={(event) => onChange({ dateOfBirth: inputValue(event) })}
      />
      <FormFieldSelect
        name={`${name}-role`}
        label={t('member.role.label')}
        value={member.role}
        onChange={(event) => {
          const role = inputValue(event) as FamilyRole;
          // Only parents and guardians have authority; one chosen again starts without it until it is ticked.
          onChange({ role, hasParentalAuthority: canHoldAuthority(role) && member.hasParentalAuthority });
        }}
      >
        {FAMILY_ROLES.map((role) => (
          <SelectOption key={role} value={role}>
            {t(`member.role.options.${role}`)}
          </SelectOption>
        ))}
      </FormFieldSelect>
      {canHoldAuthority(member.role) && (
        <FormFieldCheckboxOption
          name={`${name}-hasParentalAuthority`}
          label={t('member.hasParentalAuthority.label')}
          description={t('member.hasParentalAuthority.description')}
          checked={member.hasParentalAuthority}
          onChange={(event) => onChange({ hasParentalAuthority: event.target.checked })}
        />
      )}
      <FormFieldCheckboxOption
        name={`${name}-livesAtHome`}
        label={t('member.livesAtHome.label')}
        checked={member.livesAtHome}
        onChange={(event) => onChange({ livesAtHome: event.target.checked })}
      />
      {children}
    </Fieldset>
  );
}
