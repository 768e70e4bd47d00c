import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions, KitForm, useKitForm } from '../../../shared/forms';
import { useAddNetworkMember } from '../hooks/use-add-network-member';
import { useBackToPlan } from '../hooks/use-back-to-plan';
import { networkSchema, newNetworkValues } from '../utils/network-details';
import { NetworkFields } from './network-fields';

interface AddNetworkMemberFormProps {
  familyId: string;
}

/** The regisseur adds someone from the family's network: a grandmother, a neighbour, a coach. */
export function AddNetworkMemberForm({ familyId }: AddNetworkMemberFormProps) {
  const { t } = useTranslation('familySetup');
  const { add } = useAddNetworkMember(familyId);
  const backToPlan = useBackToPlan();
  const schema = useMemo(networkSchema, []);
  const kit = useKitForm({ schema, defaultValues: newNetworkValues(), focusOnOpen: 'name' });
  return (
    <KitForm
      kit={kit}
      className="page-form"
      onSubmit={add}
      onSaved={(person) => backToPlan(familyId, { kind: 'networkMemberAdded', name: person.name })}
    >
      <NetworkFields control={kit.form.control} legend={t('addNetworkMember.legend')} />
      <FormActions submitLabel={t('addNetworkMember.submit')} busy={kit.form.formState.isSubmitting} />
    </KitForm>
  );
}
