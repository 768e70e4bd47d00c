import { useTranslation } from 'react-i18next';
import { FamilyAccessLogQuery } from '../../../graphql/generated/graphql';
import { FormattedMoment } from '../../../shared/components/formatted-date';
import { accessLogTerms } from '../utils/access-log-terms';
import { EmptyPart } from './empty-part';

interface AccessLogListProps {
  entries: FamilyAccessLogQuery['family']['accessLog'];
}

/** One line per access: when, who (and for which organisation), what, and on which basis. */
export function AccessLogList({ entries }: AccessLogListProps) {
  const { t } = useTranslation('familyPlan');
  const { t: tv } = useTranslation('vocabulary');
  if (entries.length === 0) return <EmptyPart>{t('accessLog.empty')}</EmptyPart>;
  return (
    <ol className="bare-list access-log">
      {entries.map((entry) => {
        const terms = accessLogTerms(entry);
        return (
          <li key={entry.id} className="divided-entry divided-entry--compact access-log__entry">
            <p className="access-log__when">
              <FormattedMoment at={entry.at} withTime />
            </p>
            <p>
              <strong>{entry.accountName}</strong>
              {entry.organisationName
                ? ` (${entry.organisationName})`
                : terms.accountKind && ` (${tv(`accountKinds.${terms.accountKind}`)})`}
            </p>
            <p>
              {terms.action ? tv(`accessActions.${terms.action}`) : entry.action}
              {terms.list && `: ${t(`accessLog.lists.${terms.list}`)}`}
              {terms.version !== null && `: ${t('accessLog.version', { number: terms.version })}`}
              {!terms.list && terms.version === null && entry.itemId && `: ${t('accessLog.anItem')}`}
            </p>
            <p className="access-log__basis">
              {t('accessLog.basis')} {terms.basis ? tv(`accessBases.${terms.basis}`) : entry.basis}
              {entry.consentIds.length > 0 && `, ${t('accessLog.withConsent')}`}
              {entry.legalBasisIds.length > 0 && `, ${t('accessLog.withLegalBasis')}`}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
