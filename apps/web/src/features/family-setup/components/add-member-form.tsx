import { dutchToday } from '@gezinsplan/domain';
import { Button } from '@rijkshuisstijl-community/components-react';
import { FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldErrors } from '../../../shared/components/form-problem';
import { useUnsavedChanges } from '../../../shared/components/unsaved-changes';
import { useAddFamilyMember } from '../hooks/use-add-family-member';
import { useBackToPlan } from '../hooks/use-back-to-plan';
import { checkMemberDetails, MemberDetails, MemberField, newMemberDetails, sameMemberDetails } from '../utils/member-details';
import { FormProblemAlert, FormWideProblem } from '../../../shared/forms';
import { MemberFields } from './member-fields';

interface AddMemberFormProps {
  familyId: string;
  /** Most new members share it: a baby, a sibling. */
  familyName: string;
}

/** The regisseur adds someone to the family; the plan then shows them. */
export function AddMemberForm({ familyId, familyName }: AddMemberFormProps) {
  const { t } = useTranslation('familySetup');
  const { add, adding } = useAddFamilyMember(familyId);
  const backToPlan = useBackToPlan();
  const [initial] = useState(() => newMemberDetails('CHILD', familyName));
  const [member, setMember] = useState<MemberDetails>(initial);
  const [errors, setErrors] = useState<FieldErrors<MemberField>>({});
  const [problem, setProblem] = useState<FormWideProblem | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  useUnsavedChanges(added === null && !sameMemberDetails(member, initial));

  // Once the form reports itself clean, leaving does not ask.
  useEffect(() => {
    if (added) backToPlan(familyId, { kind: 'memberAdded', name: added });
  }, [added, familyId, backToPlan]);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (adding) return;
    setProblem(null);
    const found = checkMemberDetails(member, dutchToday());
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const result = await add(member);
    if (result === null) setAdded(`${member.givenName.trim()} ${member.familyName.trim()}`);
    else if (result.kind === 'fields') setErrors(result.fields);
    else setProblem(result.kind === 'conflict' ? 'unavailable' : result.kind);
  };

  return (
    // noValidate: the browser's own messages would be in the browser's language and styling, not ours.
    <form className="page-form" noValidate onSubmit={(event) => void submit(event)}>
      {problem && <FormProblemAlert problem={problem} />}
      <MemberFields
        name="member"
        legend={t('addMember.legend')}
        member={member}
        errors={errors}
        focusFirstProblem
        focusOnMount
        onChange={(change) => setMember((current) => ({ ...current, ...change }))}
      />
      <div className="page-form__actions">
        <Button type="submit" appearance="primary-action-button" busy={adding}>
          {adding ? t('saving') : t('addMember.submit')}
        </Button>
      </div>
    </form>
  );
}
