import { PlanItemFieldsFragment } from '../../../graphql/generated/graphql';
import { useWithholdFromFamily } from '../hooks/use-withhold-from-family';
import { ReasonForm } from './reason-form';

interface WithholdFormProps {
  item: PlanItemFieldsFragment;
  onDone: (saved: boolean) => void;
}

/** The regisseur hides an item from the family, only with a recorded reason that professionals see. */
export function WithholdForm({ item, onDone }: WithholdFormProps) {
  const { withhold } = useWithholdFromFamily();
  return (
    <ReasonForm
      item={item}
      kind="withhold"
      onSubmit={(version, reason) => withhold(item.id, version, reason)}
      onDone={onDone}
    />
  );
}
