import { PlanItemFieldsFragment } from '../../../graphql/generated/graphql';
import { useRemovePlanItem } from '../hooks/use-remove-plan-item';
import { ReasonForm } from './reason-form';

interface RemoveItemFormProps {
  item: PlanItemFieldsFragment;
  onDone: (saved: boolean) => void;
}

/** Removal is a marked state with a reason: the item leaves the plan, its history stays. */
export function RemoveItemForm({ item, onDone }: RemoveItemFormProps) {
  const { remove } = useRemovePlanItem();
  return (
    <ReasonForm
      item={item}
      kind="remove"
      onSubmit={(version, reason) => remove(item.id, version, reason)}
      onDone={onDone}
    />
  );
}
