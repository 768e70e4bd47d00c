import { PlanItemFieldsFragment } from '../../../graphql/generated/graphql';
import { useSetAgreementStatus } from '../hooks/use-set-agreement-status';
import { ReasonForm } from './reason-form';

interface NotKeptFormProps {
  item: PlanItemFieldsFragment;
  onDone: (saved: boolean) => void;
}

/** An agreement that was not kept, always with the reason, so that the next step can be planned. */
export function NotKeptForm({ item, onDone }: NotKeptFormProps) {
  const { setStatus } = useSetAgreementStatus();
  return (
    <ReasonForm
      item={item}
      kind="notKept"
      onSubmit={(version, reason) => setStatus(item.id, version, 'NOT_KEPT', reason)}
      onDone={onDone}
    />
  );
}
