import { useTranslation } from 'react-i18next';
import { PlanItemFieldsFragment } from '../../../graphql/generated/graphql';
import { useSetAgreementStatus } from '../hooks/use-set-agreement-status';
import { ImmediateChange } from './immediate-change';

interface QuickStatusChangeProps {
  item: PlanItemFieldsFragment;
  status: 'DONE' | 'OPEN';
  onDone: (saved: boolean) => void;
}

/** Done, or open again: no reason needed, so it is saved at once. */
export function QuickStatusChange({ item, status, onDone }: QuickStatusChangeProps) {
  const { t } = useTranslation('planItems');
  const { setStatus, settingStatus } = useSetAgreementStatus();
  return (
    <ImmediateChange
      item={item}
      busy={settingStatus}
      save={(version) => setStatus(item.id, version, status)}
      retryLabel={t(`conflict.status.${status}`)}
      onDone={onDone}
    />
  );
}
