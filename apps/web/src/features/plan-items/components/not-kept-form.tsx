import { useTranslation } from 'react-i18next';
import { PlanItemFieldsFragment } from '../../../graphql/generated/graphql';
import { useSetAgreementStatus } from '../hooks/use-set-agreement-status';
import { ReasonForm } from './reason-form';

interface NotKeptFormProps {
  item: PlanItemFieldsFragment;
  onDone: (saved: boolean) => void;
}

/** An agreement that was not kept, always with the reason, so that the next step can be planned. */
export function NotKeptForm({ item, onDone }: NotKeptFormProps) {
  const { t } = useTranslation('planItems');
  const { setStatus, settingStatus } = useSetAgreementStatus();
  return (
    <ReasonForm
      item={item}
      busy={settingStatus}
      texts={{
        explanation: t('notKept.explanation'),
        label: t('notKept.reasonLabel'),
        error: t('notKept.reasonError'),
        submit: t('notKept.submit'),
        submitAnyway: t('notKept.submitAnyway'),
      }}
      onSubmit={(version, reason) => setStatus(item.id, version, 'NOT_KEPT', reason)}
      onDone={onDone}
    />
  );
}
