import { dutchToday } from '@gezinsplan/domain';
import { Alert, Button, FormFieldTextarea, FormFieldTextInput, Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { generatePath } from 'react-router-dom';
import { InvolvementFieldsFragment } from '../../../graphql/generated/graphql';
import { inputValue } from '../../../shared/components/input-value';
import { RouterLink } from '../../../shared/components/router-link';
import { useUnsavedChanges } from '../../../shared/components/unsaved-changes';
import { PATHS } from '../../../shared/paths';
import { ItemFacts } from '../../../shared/components/item-facts';
import { FormattedDay } from '../../../shared/components/formatted-date';
import { FormProblemAlert } from '../../../shared/forms';
import { useEndInvolvement } from '../hooks/use-end-involvement';
import { useRefreshInvolvements } from '../hooks/use-refresh-involvements';

/** The API asks at least this much of a reason. */
const MINIMUM_REASON_LENGTH = 3;

interface EndInvolvementFormProps {
  familyId: string;
  involvement: InvolvementFieldsFragment;
  /** Called once the involvement has ended: its access is gone. */
  onEnded: () => void;
  onCancel: () => void;
}

type Refusal = 'stale' | 'regisseur' | 'notFound' | 'unavailable';

/**
 * Ending an involvement ends its access at once, so it takes two steps: the
 * reason (which everyone who sees the plan reads), then a confirmation.
 */
export function EndInvolvementForm({ familyId, involvement, onEnded, onCancel }: EndInvolvementFormProps) {
  const { t } = useTranslation('involvements');
  const { end, ending } = useEndInvolvement();
  const refresh = useRefreshInvolvements();
  const [reason, setReason] = useState('');
  const today = dutchToday();
  // Today ends the involvement at once; a later day keeps access until that day.
  const [endsOn, setEndsOn] = useState(today);
  const [invalidDate, setInvalidDate] = useState(false);
  const later = endsOn > today;
  const [step, setStep] = useState<'reason' | 'confirm'>('reason');
  const [invalid, setInvalid] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  // After a conflict the retry applies to the version the other person saved.
  const [version, setVersion] = useState(involvement.version);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const name = involvement.professionalName;
  useUnsavedChanges(reason.trim() !== '');

  useEffect(() => {
    if (step === 'reason') reasonRef.current?.focus();
    else confirmHeading.current?.focus();
  }, [step, invalid]);

  const toConfirmation = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const tooShort = reason.trim().length < MINIMUM_REASON_LENGTH;
    const badDate = !/^\d{4}-\d{2}-\d{2}$/.test(endsOn) || endsOn < today;
    setInvalid(tooShort);
    setInvalidDate(badDate);
    if (!tooShort && !badDate) setStep('confirm');
  };

  const confirm = async () => {
    if (ending) return;
    setRefusal(null);
    const result = await end(involvement.id, version, reason, endsOn);
    if (result.ok) {
      onEnded();
      return;
    }
    if (result.problem === 'fields') {
      setInvalid(true);
      setStep('reason');
      return;
    }
    if (result.problem === 'stale') setVersion(result.version);
    if (result.problem === 'stale' || result.problem === 'regisseur') void refresh();
    setRefusal(result.problem);
  };

  if (step === 'reason') {
    return (
      <form className="plan-form plan-form--inline" noValidate onSubmit={toConfirmation}>
        <Paragraph>{t('end.explanation', { name })}</Paragraph>
        <FormFieldTextarea
          name="reason"
          label={t('end.reasonLabel')}
          description={t('end.reasonDescription')}
          value={reason}
          rows={3}
          invalid={invalid}
          errorMessage={t('end.reasonError', { minimum: MINIMUM_REASON_LENGTH })}
          inputRef={reasonRef}
          onChange={(event) => setReason(inputValue(event))}
        />
        <FormFieldTextInput
          name="endsOn"
          type="date"
          min={today}
          label={t('end.endsOnLabel')}
          description={t('end.endsOnDescription')}
          value={endsOn}
          invalid={invalidDate}
          errorMessage={invalidDate ? t('end.endsOnError') : undefined}
          onChange={(event) => setEndsOn(inputValue(event))}
        />
        <div className="plan-form__actions">
          <Button type="submit" appearance="primary-action-button">
            {t('end.next')}
          </Button>
          <Button type="button" appearance="secondary-action-button" onClick={onCancel}>
            {t('end.cancel')}
          </Button>
        </div>
      </form>
    );
  }

  return (
    <div className="end-involvement-confirmation">
      <Heading level={3} ref={confirmHeading} tabIndex={-1}>
        {t('end.confirmTitle', { name })}
      </Heading>
      {refusal === 'stale' && (
        <Alert type="warning" role="alert">
          <Paragraph>{t('end.stale', { name })}</Paragraph>
        </Alert>
      )}
      {refusal === 'regisseur' && (
        <Alert type="error" role="alert">
          <Paragraph>{t('end.regisseur')}</Paragraph>
          <Paragraph>
            <RouterLink to={generatePath(PATHS.regisseurHandover, { familyId })}>{t('end.handoverLink')}</RouterLink>
          </Paragraph>
        </Alert>
      )}
      {(refusal === 'notFound' || refusal === 'unavailable') && <FormProblemAlert problem={refusal} />}
      <ItemFacts
        facts={[
          { label: t('facts.professional'), value: `${name} (${involvement.organisationName})` },
          { label: t('facts.task'), value: involvement.task },
          { label: t('facts.endedReason'), value: <span className="plan-text">{reason.trim()}</span> },
          { label: t('end.endsOnLabel'), value: later ? <FormattedDay day={endsOn} /> : t('end.atOnce') },
        ]}
      />
      <Paragraph>{later ? t('end.consequenceLater', { name }) : t('end.consequence', { name })}</Paragraph>
      <div className="plan-form__actions">
        {refusal !== 'regisseur' && (
          <Button appearance="primary-action-button" busy={ending} onClick={() => void confirm()}>
            {ending ? t('end.confirming') : refusal === 'stale' ? t('end.endAnyway') : t('end.confirm')}
          </Button>
        )}
        <Button appearance="secondary-action-button" onClick={() => setStep('reason')}>
          {t('end.back')}
        </Button>
        <Button appearance="subtle-button" onClick={onCancel}>
          {t('end.cancel')}
        </Button>
      </div>
    </div>
  );
}
