import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useBackToPlan } from '../hooks/use-back-to-plan';
import { CurrentNetworkMember, currentNetworkMemberOf, useUpdateNetworkMember } from '../hooks/use-update-network-member';
import { networkSchema, networkValuesOf } from '../utils/network-details';
import { NetworkConflictNotice } from './network-conflict-notice';
import { NetworkFields } from './network-fields';
import { VersionedEditForm } from './versioned-edit-form';

interface EditNetworkMemberFormProps {
  familyId: string;
  person: CurrentNetworkMember;
}

/** The regisseur corrects a network member's details: a new phone number, a misspelt name. */
export function EditNetworkMemberForm({ familyId, person }: EditNetworkMemberFormProps) {
  const { t } = useTranslation('familySetup');
  const { update } = useUpdateNetworkMember();
  const backToPlan = useBackToPlan();
  const kind = useMemo(() => ({ schema: networkSchema(), valuesOf: networkValuesOf, theirsOf: currentNetworkMemberOf }), []);
  return (
    <VersionedEditForm
      familyId={familyId}
      opened={person}
      kind={kind}
      save={async (version, saved) => {
        await update(person.id, version, saved);
        return saved.name;
      }}
      onSaved={(name) => backToPlan(familyId, { kind: 'networkMemberUpdated', name })}
      notice={(theirs, choices) => <NetworkConflictNotice current={theirs}>{choices}</NetworkConflictNotice>}
      submitLabel={t('editNetworkMember.submit')}
    >
      {(form) => <NetworkFields control={form.control} legend={t('editNetworkMember.legend', { name: person.name })} />}
    </VersionedEditForm>
  );
}
