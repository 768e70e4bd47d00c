import { Button, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PlanItemFieldsFragment } from '../../../graphql/generated/graphql';
import { useRefreshPlanAfterConflict } from '../hooks/use-refresh-plan-after-conflict';
import { useSetAgreementStatus } from '../hooks/use-set-agreement-status';
import { CurrentVersion } from '../utils/conflict';
import { ConflictNotice } from './conflict-notice';
import { FormProblemAlert } from './form-problem-alert';

interface QuickStatusChangeProps {
  item: PlanItemFieldsFragment;
  status: 'DONE' | 'OPEN';
  onDone: (saved: boolean) => void;
}

/**
 * Done, or open again: no reason needed, so it is saved at once. Only when
 * someone else changed the agreement meanwhile does the person choose.
 */
export function QuickStatusChange({ item, status, onDone }: QuickStatusChangeProps) {
  const { t } = useTranslation('planItems');
  const { setStatus, settingStatus } = useSetAgreementStatus();
  const refreshPlan = useRefreshPlanAfterConflict();
  const [current, setCurrent] = useState<CurrentVersion | null>(null);
  const [failure, setFailure] = useState<'refused' | 'unavailable' | null>(null);
  const started = useRef(false);

  const save = async (version: number) => {
    setFailure(null);
    const result = await setStatus(item.id, version, status);
    if (result.ok) onDone(true);
    else if (result.problem.kind === 'conflict' && result.current) {
      setCurrent(result.current);
      void refreshPlan();
    } else setFailure(result.problem.kind === 'unavailable' ? 'unavailable' : 'refused');
  };

  useEffect(() => {
    // Once, also under StrictMode's double effects in development.
    if (started.current) return;
    started.current = true;
    void save(item.version);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  if (settingStatus && !current) return <Paragraph role="status">{t('actions.saving')}</Paragraph>;
  return (
    <>
      {failure && <FormProblemAlert problem={failure} />}
      {current && (
        <ConflictNotice current={current}>
          <div className="plan-form__actions">
            <Button appearance="primary-action-button" busy={settingStatus} onClick={() => void save(current.version)}>
              {t(`conflict.status.${status}`)}
            </Button>
            <Button appearance="secondary-action-button" onClick={() => onDone(false)}>
              {t('actions.cancel')}
            </Button>
          </div>
        </ConflictNotice>
      )}
      {failure && (
        <Button appearance="secondary-action-button" onClick={() => onDone(false)}>
          {t('actions.close')}
        </Button>
      )}
    </>
  );
}
