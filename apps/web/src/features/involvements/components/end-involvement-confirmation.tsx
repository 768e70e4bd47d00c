import { Alert, Button, Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { generatePath } from 'react-router-dom';
import { InvolvementFieldsFragment } from '../../../graphql/generated/graphql';
import { FormattedDay } from '../../../shared/components/formatted-date';
import { ItemFacts } from '../../../shared/components/item-facts';
import { RouterLink } from '../../../shared/components/router-link';
import { FormProblemAlert } from '../../../shared/forms';
import { PATHS } from '../../../shared/paths';
import { EndingValues, EndResult, useEndInvolvement } from '../hooks/use-end-involvement';
import { useRefreshInvolvements } from '../hooks/use-refresh-involvements';

type Refusal = Exclude<EndResult, { ok: true } | { problem: 'fields' }>['problem'];

interface EndInvolvementConfirmationProps {
  familyId: string;
  involvement: InvolvementFieldsFragment;
  ending: EndingValues;
  /** The Dutch calendar day: ending on it ends access at once. */
  today: string;
  onEnded: () => void;
  onBack: () => void;
  /** The API rejected the reason or the day: the form shows it again, marked. */
  onFieldsRejected: (error: unknown) => void;
  onCancel: () => void;
}

/** The second step of ending an involvement: what will happen, and the one button that makes it happen. */
export function EndInvolvementConfirmation({
  familyId,
  involvement,
  ending,
  today,
  onEnded,
  onBack,
  onFieldsRejected,
  onCancel,
}: EndInvolvementConfirmationProps) {
  const { t } = useTranslation('involvements');
  const { end, ending: busy } = useEndInvolvement();
  const refresh = useRefreshInvolvements();
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  // After a conflict the retry applies to the version the other person saved.
  const [version, setVersion] = useState(involvement.version);
  const heading = useRef<HTMLHeadingElement>(null);
  const name = involvement.professionalName;
  const later = ending.endsOn > today;

  // The check is a step of its own: the focus goes to its heading, so it is read out first.
  useEffect(() => heading.current?.focus(), []);

  const confirm = async () => {
    if (busy) return;
    setRefusal(null);
    const result = await end(involvement.id, version, ending);
    if (result.ok) onEnded();
    else if (result.problem === 'fields') onFieldsRejected(result.error);
    else {
      if (result.problem === 'stale') setVersion(result.version);
      if (result.problem === 'stale' || result.problem === 'regisseur') void refresh();
      setRefusal(result.problem);
    }
  };

  return (
    <div className="end-involvement-confirmation">
      <Heading level={3} ref={heading} tabIndex={-1}>
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
      {(refusal === 'notFound' || refusal === 'unavailable' || refusal === 'busy') && <FormProblemAlert problem={refusal} />}
      <ItemFacts
        facts={[
          { label: t('facts.professional'), value: `${name} (${involvement.organisationName})` },
          { label: t('facts.task'), value: involvement.task },
          { label: t('facts.endedReason'), value: <span className="plan-text">{ending.reason}</span> },
          { label: t('end.endsOnLabel'), value: later ? <FormattedDay day={ending.endsOn} /> : t('end.atOnce') },
        ]}
      />
      <Paragraph>{later ? t('end.consequenceLater', { name }) : t('end.consequence', { name })}</Paragraph>
      <div className="plan-form__actions">
        {refusal !== 'regisseur' && (
          <Button appearance="primary-action-button" busy={busy} onClick={() => void confirm()}>
            {busy ? t('end.confirming') : refusal === 'stale' ? t('end.endAnyway') : t('end.confirm')}
          </Button>
        )}
        <Button appearance="secondary-action-button" onClick={onBack}>
          {t('end.back')}
        </Button>
        <Button appearance="subtle-button" onClick={onCancel}>
          {t('end.cancel')}
        </Button>
      </div>
    </div>
  );
}
