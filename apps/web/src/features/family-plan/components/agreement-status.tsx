import { useTranslation } from 'react-i18next';
import { AgreementState } from '../../../shared/components/agreement-state';

interface AgreementStatusProps {
  state: AgreementState;
  reason?: string | null;
}

/** Open, done, not kept (with its reason) or overdue: in words, never by colour alone. */
export function AgreementStatus({ state, reason }: AgreementStatusProps) {
  const { t } = useTranslation('familyPlan');
  return (
    <>
      <span className={`badge status-badge status-badge--${state}`}>{t(`agreementState.${state}`)}</span>
      {state === 'notKept' && reason && <span className="status-reason"> {reason}</span>}
    </>
  );
}
