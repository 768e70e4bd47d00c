import { Button, FormFieldCheckboxOption, Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { useLanguage } from '../../../i18n/use-language';
import { PageLoading } from '../../../shared/components/page-loading';
import { FamilyQueryFailed } from '../../portal-shared/components/family-query-failed';
import { formatDay } from '../../portal-shared/utils/dates';
import { ACCESS_LOG_FIRST, ACCESS_LOG_MOST, useAccessLog } from '../hooks/use-access-log';
import { byDay, summariseAccessLog } from '../utils/access-log-summary';
import { AccessLogLine } from './access-log-line';
import { FamilyPortalFrame } from './family-portal-frame';

/** "Wie heeft ons plan bekeken": every read and change of the family's information, in plain words. */
export function AccessLogPage() {
  const { t } = useTranslation('familyPortal');
  const { language } = useLanguage();
  const { familyId = '' } = useParams();
  const [limit, setLimit] = useState(ACCESS_LOG_FIRST);
  const [showFamily, setShowFamily] = useState(false);
  const { family, loading, error, refetch } = useAccessLog(familyId, limit);
  const entries = family?.accessLog;
  const days = useMemo(() => {
    const shown = (entries ?? []).filter((entry) => showFamily || entry.accountKind !== 'FAMILY_MEMBER');
    return byDay(summariseAccessLog(shown));
  }, [entries, showFamily]);

  if (loading && !family) return <PageLoading />;
  if (!family) return <FamilyQueryFailed error={error} onRetry={() => void refetch().catch(() => undefined)} />;
  const mayHaveMore = family.accessLog.length >= limit && limit < ACCESS_LOG_MOST;
  return (
    <FamilyPortalFrame family={family} title={t('accessLog.title')}>
      <Paragraph purpose="lead">{t('accessLog.intro')}</Paragraph>
      <Paragraph>{t('accessLog.explained')}</Paragraph>
      <FormFieldCheckboxOption
        name="showFamily"
        label={t('accessLog.showFamily')}
        checked={showFamily}
        onChange={(event) => setShowFamily(event.target.checked)}
      />
      {days.length === 0 ? (
        <Paragraph>{t(showFamily ? 'accessLog.empty' : 'accessLog.emptyOthers')}</Paragraph>
      ) : (
        days.map(({ day, lines }) => (
          <div key={day} className="portal-section">
            <Heading level={2} appearanceLevel={3}>
              {formatDay(day, language)}
            </Heading>
            <ul className="bare-list portal-list">
              {lines.map((line) => (
                <AccessLogLine key={line.id} line={line} />
              ))}
            </ul>
          </div>
        ))
      )}
      {mayHaveMore && (
        <Button appearance="secondary-action-button" busy={loading} onClick={() => setLimit(ACCESS_LOG_MOST)}>
          {loading ? t('accessLog.loadingMore') : t('accessLog.more')}
        </Button>
      )}
      {family.accessLog.length >= ACCESS_LOG_MOST && <Paragraph>{t('accessLog.askForOlder')}</Paragraph>}
    </FamilyPortalFrame>
  );
}
