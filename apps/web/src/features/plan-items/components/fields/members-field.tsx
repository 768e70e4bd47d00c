import { FieldValues } from 'react-hook-form';
import { FamilyMemberFieldsFragment } from '../../../../graphql/generated/graphql';
import { memberName } from '../../../../shared/components/member-names';
import { CheckboxGroupField, FieldBinding } from '../../../../shared/forms';

interface MembersFieldProps<T extends FieldValues, O extends FieldValues> extends FieldBinding<T, O> {
  legend: string;
  members: readonly FamilyMemberFieldsFragment[];
  errorMessage: string;
}

/** Whom an item is about: one checkbox per family member. Need-to-know is decided per member. */
export function MembersField<T extends FieldValues, O extends FieldValues>({ members, ...props }: MembersFieldProps<T, O>) {
  return (
    <CheckboxGroupField {...props} options={members.map((member) => ({ value: member.id, label: memberName(member) }))} />
  );
}
