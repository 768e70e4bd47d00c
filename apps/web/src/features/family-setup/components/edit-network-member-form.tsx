import { Button } from '@rijkshuisstijl-community/components-react';
import { FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { generatePath } from 'react-router-dom';
import { FieldErrors } from '../../../shared/components/form-problem';
import { useUnsavedChanges } from '../../../shared/components/unsaved-changes';
import { FormProblemAlert, FormWideProblem } from '../../../shared/forms';
import { PATHS } from '../../../shared/paths';
import { RouterButtonLink } from '../../signals/components/router-button-link';
import { useBackToPlan } from '../hooks/use-back-to-plan';
import { CurrentNetworkMember, useUpdateNetworkMember } from '../hooks/use-update-network-member';
import { checkNetworkDetails, NetworkDetails, networkDetailsOf, NetworkField, sameNetworkDetails } from '../utils/network-details';
import { NetworkConflictNotice } from './network-conflict-notice';
import { NetworkFields } from './network-fields';

interface EditNetworkMemberFormProps {
  familyId: string;
  person: CurrentNetworkMember;
}

/**
 * The regisseur corrects a network member's details (a new phone number, a
 * misspelt name) against the version they opened. When someone else saved in
 * the meantime, their details are shown and the regisseur's own input stays.
 */
export function EditNetworkMemberForm({ familyId, person }: EditNetworkMemberFormProps) {
  const { t } = useTranslation('familySetup');
  const { update, updating } = useUpdateNetworkMember();
  const backToPlan = useBackToPlan();
  const [start, setStart] = useState(() => ({ details: networkDetailsOf(person), version: person.version }));
  const [details, setDetails] = useState<NetworkDetails>(start.details);
  const [errors, setErrors] = useState<FieldErrors<NetworkField>>({});
  const [current, setCurrent] = useState<CurrentNetworkMember | null>(null);
  const [problem, setProblem] = useState<FormWideProblem | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  useUnsavedChanges(saved === null && !sameNetworkDetails(details, start.details));

  // Once the form reports itself clean, leaving does not ask.
  useEffect(() => {
    if (saved) backToPlan(familyId, { kind: 'networkMemberUpdated', name: saved });
  }, [saved, familyId, backToPlan]);

  const save = async (event?: FormEvent<HTMLFormElement>) => {
    event?.preventDefault();
    if (updating) return;
    setProblem(null);
    const found = checkNetworkDetails(details);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const result = await update(person.id, start.version, details);
    if (result.ok) setSaved(details.name.trim());
    else if (result.problem.kind === 'conflict' && result.current) {
      const theirs = result.current;
      setCurrent(theirs);
      // Saving again means: over their version, which this person has now seen.
      setStart((previous) => ({ ...previous, version: theirs.version }));
    } else if (result.problem.kind === 'fields') setErrors(result.problem.fields);
    else setProblem(result.problem.kind === 'conflict' ? 'unavailable' : result.problem.kind);
  };

  const startFromTheirs = (theirs: CurrentNetworkMember) => {
    setStart({ details: networkDetailsOf(theirs), version: theirs.version });
    setDetails(networkDetailsOf(theirs));
    setCurrent(null);
  };

  return (
    // noValidate: the browser's own messages would be in the browser's language and styling, not ours.
    <form className="page-form" noValidate onSubmit={(event) => void save(event)}>
      {problem && <FormProblemAlert problem={problem} />}
      {current && (
        <NetworkConflictNotice current={current}>
          <div className="page-form__actions">
            <Button type="button" appearance="primary-action-button" busy={updating} onClick={() => void save()}>
              {t('conflict.saveMine')}
            </Button>
            <Button type="button" appearance="secondary-action-button" onClick={() => startFromTheirs(current)}>
              {t('conflict.startFromTheirs')}
            </Button>
          </div>
        </NetworkConflictNotice>
      )}
      <NetworkFields
        name="network"
        legend={t('editNetworkMember.legend', { name: person.name })}
        person={details}
        errors={errors}
        focusFirstProblem
        onChange={(change) => setDetails((previous) => ({ ...previous, ...change }))}
      />
      {!current && (
        <div className="page-form__actions">
          <Button type="submit" appearance="primary-action-button" busy={updating}>
            {updating ? t('saving') : t('editNetworkMember.submit')}
          </Button>
          <RouterButtonLink to={generatePath(PATHS.familyPlan, { familyId })} appearance="secondary-action-button">
            {t('cancel')}
          </RouterButtonLink>
        </div>
      )}
    </form>
  );
}
