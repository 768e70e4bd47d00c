import { useTranslation } from 'react-i18next';
import { FamilyPlanQuery } from '../../../graphql/generated/graphql';
import { FormattedMoment } from '../../../shared/components/formatted-date';

interface RegisseurHistoryProps {
  terms: FamilyPlanQuery['family']['regisseurHistory'];
}

/** Everyone who held the regisseur role, with their handover notes: nothing is lost in a handover. */
export function RegisseurHistory({ terms }: RegisseurHistoryProps) {
  const { t } = useTranslation('involvements');
  if (terms.length < 2) return null;
  return (
    <details className="regisseur-history">
      <summary>{t('history.title')}</summary>
      <ol className="regisseur-history__terms">
        {terms.map((term) => (
          <li key={`${term.involvementId}-${term.startedAt}`}>
            <strong>{term.professionalName}</strong> ({term.organisationName}): <FormattedMoment at={term.startedAt} />
            {term.endedAt ? (
              <>
                {` ${t('history.until')} `}
                <FormattedMoment at={term.endedAt} />
              </>
            ) : (
              ` ${t('history.now')}`
            )}
            {term.handoverNote && (
              <p className="plan-text">
                {t('history.note')} {term.handoverNote}
              </p>
            )}
          </li>
        ))}
      </ol>
    </details>
  );
}
