import { dutchToday } from '@gezinsplan/domain';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions, KitForm, useKitForm } from '../../../shared/forms';
import { useAddFamilyMember } from '../hooks/use-add-family-member';
import { useBackToPlan } from '../hooks/use-back-to-plan';
import { memberSchema, newMemberValues } from '../utils/member-details';
import { MemberFields } from './member-fields';

interface AddMemberFormProps {
  familyId: string;
  /** Most new members share it: a baby, a sibling. */
  familyName: string;
}

/** The regisseur adds someone to the family; the plan then shows them. */
export function AddMemberForm({ familyId, familyName }: AddMemberFormProps) {
  const { t } = useTranslation('familySetup');
  const { add } = useAddFamilyMember(familyId);
  const backToPlan = useBackToPlan();
  const schema = useMemo(() => memberSchema(dutchToday()), []);
  const kit = useKitForm({ schema, defaultValues: newMemberValues('CHILD', familyName), focusOnOpen: 'givenName' });
  return (
    <KitForm
      kit={kit}
      className="page-form"
      onSubmit={add}
      onSaved={(member) => backToPlan(familyId, { kind: 'memberAdded', name: `${member.givenName} ${member.familyName}` })}
    >
      <MemberFields form={kit.form} legend={t('addMember.legend')} />
      <FormActions submitLabel={t('addMember.submit')} busy={kit.form.formState.isSubmitting} />
    </KitForm>
  );
}
