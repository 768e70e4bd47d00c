import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FormActions, KitForm, optionalText, TextareaField, useKitForm } from '../../../shared/forms';
import { useHandoverProposal } from '../hooks/use-handover-proposal';

/** The API keeps a decline reason of at most this length. */
const REASON_LIMIT = 2000;

interface DeclineHandoverFormProps {
  proposalId: string;
  onDone: (declined: boolean) => void;
}

/** Not taking over: an optional reason, which only the proposer reads. */
export function DeclineHandoverForm({ proposalId, onDone }: DeclineHandoverFormProps) {
  const { t } = useTranslation('involvements');
  const { decline } = useHandoverProposal();
  const schema = useMemo(() => z.object({ reason: optionalText(REASON_LIMIT) }), []);
  const kit = useKitForm({ schema, defaultValues: { reason: '' }, focusOnOpen: 'reason' });
  const { control, formState } = kit.form;
  return (
    <KitForm
      kit={kit}
      className="plan-form plan-form--inline"
      onSubmit={({ reason }) => decline(proposalId, reason ?? '')}
      onSaved={() => onDone(true)}
    >
      <TextareaField
        control={control}
        name="reason"
        label={t('proposal.reasonLabel')}
        description={t('proposal.reasonDescription')}
        errorMessage={{ tooLong: t('proposal.reasonTooLong', { maximum: REASON_LIMIT }) }}
      />
      <FormActions
        submitLabel={t('proposal.declineSubmit')}
        busy={formState.isSubmitting}
        onCancel={() => onDone(false)}
        cancelLabel={t('proposal.cancel')}
      />
    </KitForm>
  );
}
