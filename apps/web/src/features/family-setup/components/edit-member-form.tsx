import { dutchToday } from '@gezinsplan/domain';
import { Paragraph } from '@rijkshuisstijl-community/components-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { memberName } from '../../../shared/components/member-names';
import { useBackToPlan } from '../hooks/use-back-to-plan';
import { CurrentMember, currentMemberOf, useUpdateFamilyMember } from '../hooks/use-update-family-member';
import { FamilyChange } from '../utils/family-change';
import { changesWhoConsents, memberSchema, memberValuesOf } from '../utils/member-details';
import { MemberConflictNotice } from './member-conflict-notice';
import { MemberFields } from './member-fields';
import { VersionedEditForm } from './versioned-edit-form';

interface EditMemberFormProps {
  familyId: string;
  member: CurrentMember;
}

/** The regisseur corrects a member's details; a change to who consents is pointed out once saved. */
export function EditMemberForm({ familyId, member }: EditMemberFormProps) {
  const { t } = useTranslation('familySetup');
  const { update } = useUpdateFamilyMember();
  const backToPlan = useBackToPlan();
  const kind = useMemo(() => ({ schema: memberSchema(dutchToday()), valuesOf: memberValuesOf, theirsOf: currentMemberOf }), []);
  return (
    <VersionedEditForm
      familyId={familyId}
      opened={member}
      kind={kind}
      save={async (version, saved, started): Promise<FamilyChange> => {
        await update(member.id, version, saved);
        return { kind: 'memberUpdated', name: `${saved.givenName} ${saved.familyName}`, consentMayChange: changesWhoConsents(started, saved) };
      }}
      onSaved={(change) => backToPlan(familyId, change)}
      notice={(theirs, choices) => <MemberConflictNotice current={theirs}>{choices}</MemberConflictNotice>}
      submitLabel={t('editMember.submit')}
    >
      {(form) => (
        <>
          <Paragraph>{t('editMember.consentNote')}</Paragraph>
          <MemberFields form={form} legend={t('editMember.legend', { name: memberName(member) })} />
        </>
      )}
    </VersionedEditForm>
  );
}
