import { Button } from '@rijkshuisstijl-community/components-react';
import { FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldErrors } from '../../../shared/components/form-problem';
import { useUnsavedChanges } from '../../../shared/components/unsaved-changes';
import { useAddNetworkMember } from '../hooks/use-add-network-member';
import { useBackToPlan } from '../hooks/use-back-to-plan';
import { checkNetworkDetails, NetworkDetails, NetworkField, newNetworkDetails } from '../utils/network-details';
import { FormProblemAlert, FormWideProblem } from '../../../shared/forms';
import { NetworkFields } from './network-fields';

interface AddNetworkMemberFormProps {
  familyId: string;
}

/** The regisseur adds someone from the family's network: a grandmother, a neighbour, a coach. */
export function AddNetworkMemberForm({ familyId }: AddNetworkMemberFormProps) {
  const { t } = useTranslation('familySetup');
  const { add, adding } = useAddNetworkMember(familyId);
  const backToPlan = useBackToPlan();
  const [person, setPerson] = useState<NetworkDetails>(newNetworkDetails);
  const [errors, setErrors] = useState<FieldErrors<NetworkField>>({});
  const [problem, setProblem] = useState<FormWideProblem | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  useUnsavedChanges(added === null && Object.values(person).some((value) => value.trim() !== ''));

  // Once the form reports itself clean, leaving does not ask.
  useEffect(() => {
    if (added) backToPlan(familyId, { kind: 'networkMemberAdded', name: added });
  }, [added, familyId, backToPlan]);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (adding) return;
    setProblem(null);
    const found = checkNetworkDetails(person);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const result = await add(person);
    if (result === null) setAdded(person.name.trim());
    else if (result.kind === 'fields') setErrors(result.fields);
    else setProblem(result.kind === 'conflict' ? 'unavailable' : result.kind);
  };

  return (
    // noValidate: the browser's own messages would be in the browser's language and styling, not ours.
    <form className="page-form" noValidate onSubmit={(event) => void submit(event)}>
      {problem && <FormProblemAlert problem={problem} />}
      <NetworkFields
        name="network"
        legend={t('addNetworkMember.legend')}
        person={person}
        errors={errors}
        focusFirstProblem
        focusOnMount
        onChange={(change) => setPerson((current) => ({ ...current, ...change }))}
      />
      <div className="page-form__actions">
        <Button type="submit" appearance="primary-action-button" busy={adding}>
          {adding ? t('saving') : t('addNetworkMember.submit')}
        </Button>
      </div>
    </form>
  );
}
