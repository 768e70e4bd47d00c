import { dutchToday } from '@gezinsplan/domain';
import { Button, Paragraph } from '@rijkshuisstijl-community/components-react';
import { FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { generatePath } from 'react-router-dom';
import { FieldErrors } from '../../../shared/components/form-problem';
import { memberName } from '../../../shared/components/member-names';
import { useUnsavedChanges } from '../../../shared/components/unsaved-changes';
import { PATHS } from '../../../shared/paths';
import { RouterButtonLink } from '../../signals/components/router-button-link';
import { useBackToPlan } from '../hooks/use-back-to-plan';
import { CurrentMember, useUpdateFamilyMember } from '../hooks/use-update-family-member';
import { FamilyChange } from '../utils/family-change';
import {
  changesWhoConsents,
  checkMemberDetails,
  MemberDetails,
  memberDetailsOf,
  MemberField,
  sameMemberDetails,
} from '../utils/member-details';
import { FormProblemAlert, FormWideProblem } from '../../../shared/forms';
import { MemberConflictNotice } from './member-conflict-notice';
import { MemberFields } from './member-fields';

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
  const [start, setStart] = useState(() => ({ details: memberDetailsOf(member), version: member.version }));
  const [details, setDetails] = useState<MemberDetails>(start.details);
  const [errors, setErrors] = useState<FieldErrors<MemberField>>({});
  const [current, setCurrent] = useState<CurrentMember | null>(null);
  const [problem, setProblem] = useState<FormWideProblem | null>(null);
  const [saved, setSaved] = useState<FamilyChange | null>(null);
  useUnsavedChanges(saved === null && !sameMemberDetails(details, start.details));

  // Once the form reports itself clean, leaving does not ask.
  useEffect(() => {
    if (saved) backToPlan(familyId, saved);
  }, [saved, familyId, backToPlan]);

  const save = async (event?: FormEvent<HTMLFormElement>) => {
    event?.preventDefault();
    if (updating) return;
    setProblem(null);
    const found = checkMemberDetails(details, dutchToday());
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const result = await update(member.id, start.version, details);
    if (result.ok) {
      const name = `${details.givenName.trim()} ${details.familyName.trim()}`;
      setSaved({ kind: 'memberUpdated', name, consentMayChange: changesWhoConsents(start.details, details) });
    } else if (result.problem.kind === 'conflict' && result.current) {
      const theirs = result.current;
      setCurrent(theirs);
      // Saving again means: over their version, which this person has now seen.
      setStart((previous) => ({ ...previous, version: theirs.version }));
    } else if (result.problem.kind === 'fields') setErrors(result.problem.fields);
    else setProblem(result.problem.kind === 'conflict' ? 'unavailable' : result.problem.kind);
  };

  const startFromTheirs = (theirs: CurrentMember) => {
    const theirDetails = memberDetailsOf(theirs);
    setStart({ details: theirDetails, version: theirs.version });
    setDetails(theirDetails);
    setCurrent(null);
  };

  return (
    // noValidate: the browser's own messages would be in the browser's language and styling, not ours.
    <form className="page-form" noValidate onSubmit={(event) => void save(event)}>
      {problem && <FormProblemAlert problem={problem} />}
      {current && (
        <MemberConflictNotice current={current}>
          <div className="page-form__actions">
            <Button type="button" appearance="primary-action-button" busy={updating} onClick={() => void save()}>
              {t('conflict.saveMine')}
            </Button>
            <Button type="button" appearance="secondary-action-button" onClick={() => startFromTheirs(current)}>
              {t('conflict.startFromTheirs')}
            </Button>
          </div>
        </MemberConflictNotice>
      )}
      <Paragraph>{t('editMember.consentNote')}</Paragraph>
      <MemberFields
        name="member"
        legend={t('editMember.legend', { name: memberName(member) })}
        member={details}
        errors={errors}
        focusFirstProblem
        onChange={(change) => setDetails((previous) => ({ ...previous, ...change }))}
      />
      {!current && (
        <div className="page-form__actions">
          <Button type="submit" appearance="primary-action-button" busy={updating}>
            {updating ? t('saving') : t('editMember.submit')}
          </Button>
          <RouterButtonLink to={generatePath(PATHS.familyPlan, { familyId })} appearance="secondary-action-button">
            {t('cancel')}
          </RouterButtonLink>
        </div>
      )}
    </form>
  );
}
