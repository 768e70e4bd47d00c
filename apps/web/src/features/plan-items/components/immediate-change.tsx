import { Button, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PlanItemFieldsFragment } from '../../../graphql/generated/graphql';
import { useRefreshPlanAfterConflict } from '../hooks/use-refresh-plan-after-conflict';
import { FormProblemAlert, FormWideProblem, formWideProblemOf } from '../../../shared/forms';
import { CurrentVersion, currentVersionOf } from '../utils/conflict';
import { ConflictNotice } from './conflict-notice';
import { versionToChange } from '../../../shared/utils/version-to-change';

interface ImmediateChangeProps {
  item: PlanItemFieldsFragment;
  /** Saves the change to the given version of the item; a refusal is thrown. */
  save: (version: number) => Promise<void>;
  busy: boolean;
  /** After a conflict: make the change anyway, to the other person's version. */
  retryLabel: string;
  onDone: (saved: boolean) => void;
}

/**
 * A change that needs nothing typed (an agreement done or open again, an item
 * shown to the family again), so it is saved at once. Only when someone else
 * changed the item meanwhile does the person choose.
 */
export function ImmediateChange({ item, save, busy, retryLabel, onDone }: ImmediateChangeProps) {
  const { t } = useTranslation('planItems');
  const refreshPlan = useRefreshPlanAfterConflict();
  const [current, setCurrent] = useState<CurrentVersion | null>(null);
  const [failure, setFailure] = useState<FormWideProblem | null>(null);
  const started = useRef(false);

  const saveTo = async (version: number) => {
    setFailure(null);
    try {
      await save(version);
    } catch (error) {
      // Someone else changed the item meanwhile: their version is shown, and the person chooses.
      const theirs = currentVersionOf(error);
      if (theirs) {
        setCurrent(theirs);
        void refreshPlan();
      } else {
        // Said as the form kit says a failed save, there being no form.
        setFailure(formWideProblemOf(error));
      }
      return;
    }
    onDone(true);
  };

  useEffect(() => {
    // Once, also under StrictMode's double effects in development.
    if (started.current) return;
    started.current = true;
    void saveTo(versionToChange(item));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  if (busy && !current) return <Paragraph role="status">{t('actions.saving')}</Paragraph>;
  return (
    <>
      {failure && <FormProblemAlert problem={failure} />}
      {current && (
        <ConflictNotice current={current} saveLabel={retryLabel} busy={busy} onSave={() => void saveTo(current.version)}>
          <Button appearance="secondary-action-button" onClick={() => onDone(false)}>
            {t('actions.cancel')}
          </Button>
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
