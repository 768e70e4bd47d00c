import { useTranslation } from 'react-i18next';
import { PlanItemFieldsFragment } from '../../../graphql/generated/graphql';
import { useRemovePlanItem } from '../hooks/use-remove-plan-item';
import { ReasonForm } from './reason-form';

interface RemoveItemFormProps {
  item: PlanItemFieldsFragment;
  onDone: (saved: boolean) => void;
}

/** Removal is a marked state with a reason: the item leaves the plan, its history stays. */
export function RemoveItemForm({ item, onDone }: RemoveItemFormProps) {
  const { t } = useTranslation('planItems');
  const { remove, removing } = useRemovePlanItem();
  return (
    <ReasonForm
      item={item}
      busy={removing}
      texts={{
        explanation: t('remove.explanation'),
        label: t('remove.reasonLabel'),
        error: t('remove.reasonError'),
        submit: t('remove.submit'),
        submitAnyway: t('remove.submitAnyway'),
      }}
      onSubmit={(version, reason) => remove(item.id, version, reason)}
      onDone={onDone}
    />
  );
}
