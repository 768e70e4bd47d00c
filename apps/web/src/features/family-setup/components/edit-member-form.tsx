import { dutchToday } from '@gezinsplan/domain';
import { Paragraph } from '@rijkshuisstijl-community/components-react';
import { useTranslation } from 'react-i18next';
import { memberName } from '../../../shared/components/member-names';
import { FormProblemAlert } from '../../../shared/forms';
import { useBackToPlan } from '../hooks/use-back-to-plan';
import { CurrentMember, useUpdateFamilyMember } from '../hooks/use-update-family-member';
import { useVersionedEdit } from '../hooks/use-versioned-edit';
import { FamilyChange } from '../utils/family-change';
import { changesWhoConsents, checkMemberDetails, memberDetailsOf, sameMemberDetails } from '../utils/member-details';
import { MemberConflictNotice } from './member-conflict-notice';
import { MemberFields } from './member-fields';
import { ConflictActions, EditActions } from './versioned-edit-actions';

interface EditMemberFormProps {
  familyId: string;
  member: CurrentMember;
}

/**
 * The regisseur corrects a member's details against the version they opened.
 * When someone else saved in the meantime, their details are shown and the
 * regisseur's own input stays, to save over theirs or to start again from them.
 */
export function EditMemberForm({ familyId, member }: EditMemberFormProps) {
  const { t } = useTranslation('familySetup');
  const { update, updating } = useUpdateFamilyMember();
  const backToPlan = useBackToPlan();
  const edit = useVersionedEdit({
    opened: member,
    detailsOf: memberDetailsOf,
    same: sameMemberDetails,
    check: (details) => checkMemberDetails(details, dutchToday()),
    update: (version, details) => update(member.id, version, details),
    savedAs: (details, started): FamilyChange => ({
      kind: 'memberUpdated',
      name: `${details.givenName.trim()} ${details.familyName.trim()}`,
      consentMayChange: changesWhoConsents(started, details),
    }),
    onSaved: (change) => backToPlan(familyId, change),
    updating,
  });
  const { current } = edit;

  return (
    // noValidate: the browser's own messages would be in the browser's language and styling, not ours.
    <form className="page-form" noValidate onSubmit={(event) => void edit.save(event)}>
      {edit.problem && <FormProblemAlert problem={edit.problem} />}
      {current && (
        <MemberConflictNotice current={current}>
          <ConflictActions updating={updating} onSaveMine={() => void edit.save()} onStartFromTheirs={() => edit.startFromTheirs(current)} />
        </MemberConflictNotice>
      )}
      <Paragraph>{t('editMember.consentNote')}</Paragraph>
      <MemberFields
        name="member"
        legend={t('editMember.legend', { name: memberName(member) })}
        member={edit.details}
        errors={edit.errors}
        focusFirstProblem
        onChange={edit.change}
      />
      {!current && <EditActions familyId={familyId} updating={updating} submitLabel={t('editMember.submit')} />}
    </form>
  );
}
