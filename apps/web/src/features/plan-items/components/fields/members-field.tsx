import { Ref } from 'react';
import { FamilyMemberFieldsFragment } from '../../../../graphql/generated/graphql';
import { CheckboxFieldset } from '../../../../shared/components/checkbox-fieldset';
import { memberName } from '../../../../shared/components/member-names';

interface MembersFieldProps {
  legend: string;
  members: readonly FamilyMemberFieldsFragment[];
  value: readonly string[];
  onChange: (memberIds: string[]) => void;
  invalid: boolean;
  errorMessage: string;
  firstInputRef?: Ref<HTMLInputElement>;
}

/** Whom an item is about: one checkbox per family member. Need-to-know is decided per member. */
export function MembersField({ members, ...props }: MembersFieldProps) {
  return (
    <CheckboxFieldset
      name="aboutMemberIds"
      options={members.map((member) => ({ value: member.id, label: memberName(member) }))}
      {...props}
    />
  );
}
