import { Button, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormProblemAlert, FormWideProblem } from '../../../shared/forms';
import { useMarkAgreementDone } from '../hooks/use-mark-agreement-done';

interface MarkDoneButtonProps {
  agreement: { id: string; version?: number | null; status?: string | null };
  describedBy: string;
}

/** The family's one change to the plan: saying that their own agreement is done. */
export function MarkDoneButton({ agreement, describedBy }: MarkDoneButtonProps) {
  const { t } = useTranslation('familyPortal');
  const { markDone, saving } = useMarkAgreementDone();
  const [problem, setProblem] = useState<{ kind: FormWideProblem } | null>(null);
  const [done, setDone] = useState(false);
  const status = useRef<HTMLDivElement>(null);

  // The button is gone once the agreement is done: the focus goes to the message that says so.
  useEffect(() => {
    if (done) status.current?.focus();
  }, [done]);

  const submit = async () => {
    if (saving) return;
    setProblem(null);
    const result = await markDone(agreement);
    // This button has no fields: any problem is about the save as a whole.
    setProblem(result?.kind === 'fields' ? { kind: 'unavailable' } : result);
    setDone(result === null);
  };

  return (
    <div className="portal-action">
      {problem && <FormProblemAlert problem={problem.kind} audience="family" />}
      {agreement.status !== 'DONE' && (
        <Button
          appearance="primary-action-button"
          busy={saving}
          aria-describedby={describedBy}
          onClick={() => void submit()}
        >
          {saving ? t('agreements.markingDone') : t('agreements.markDone')}
        </Button>
      )}
      <div role="status" tabIndex={-1} ref={status} className="portal-status-message">
        {done && <Paragraph>{t('agreements.markedDone')}</Paragraph>}
      </div>
    </div>
  );
}
