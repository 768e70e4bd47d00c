import { useTranslation } from 'react-i18next';
import { FormProblemAlert } from '../../../shared/forms';
import { useBackToPlan } from '../hooks/use-back-to-plan';
import { CurrentNetworkMember, useUpdateNetworkMember } from '../hooks/use-update-network-member';
import { useVersionedEdit } from '../hooks/use-versioned-edit';
import { checkNetworkDetails, networkDetailsOf, sameNetworkDetails } from '../utils/network-details';
import { NetworkConflictNotice } from './network-conflict-notice';
import { NetworkFields } from './network-fields';
import { ConflictActions, EditActions } from './versioned-edit-actions';

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
  const edit = useVersionedEdit({
    opened: person,
    detailsOf: networkDetailsOf,
    same: sameNetworkDetails,
    check: checkNetworkDetails,
    update: (version, details) => update(person.id, version, details),
    savedAs: (details) => details.name.trim(),
    onSaved: (name) => backToPlan(familyId, { kind: 'networkMemberUpdated', name }),
    updating,
  });
  const { current } = edit;

  return (
    // noValidate: the browser's own messages would be in the browser's language and styling, not ours.
    <form className="page-form" noValidate onSubmit={(event) => void edit.save(event)}>
      {edit.problem && <FormProblemAlert problem={edit.problem} />}
      {current && (
        <NetworkConflictNotice current={current}>
          <ConflictActions updating={updating} onSaveMine={() => void edit.save()} onStartFromTheirs={() => edit.startFromTheirs(current)} />
        </NetworkConflictNotice>
      )}
      <NetworkFields
        name="network"
        legend={t('editNetworkMember.legend', { name: person.name })}
        person={edit.details}
        errors={edit.errors}
        focusFirstProblem
        onChange={edit.change}
      />
      {!current && <EditActions familyId={familyId} updating={updating} submitLabel={t('editNetworkMember.submit')} />}
    </form>
  );
}
