import { Alert, Button, Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useTranslation } from 'react-i18next';
import { PageLoading } from '../../../shared/components/page-loading';
import { RouterLink } from '../../../shared/components/router-link';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { PATHS } from '../../../shared/paths';
import { useMyCalendar } from '../hooks/use-my-calendar';
import { agendaWeeks } from '../utils/agenda-weeks';
import { AgendaWeek } from './agenda-week';

/** How many weeks the agenda shows, this one included. */
export const AGENDA_WEEKS = 6;

/**
 * The agenda of the coming weeks across all my families, as a list per week
 * rather than a grid (see docs/decisions.md): evaluations, agreement due dates
 * and safety-plan evaluation dates, only as far as my access allows.
 */
export function CalendarPage() {
  const { t } = useTranslation('overview');
  usePageTitle(t('calendar.title'));
  const { calendar, loading, error, refetch } = useMyCalendar(AGENDA_WEEKS);
  return (
    <>
      <Paragraph>
        <RouterLink to={PATHS.home}>{t('calendar.back')}</RouterLink>
      </Paragraph>
      <Heading level={1}>{t('calendar.title')}</Heading>
      <Paragraph purpose="lead">{t('calendar.intro', { weeks: AGENDA_WEEKS })}</Paragraph>
      {loading && <PageLoading />}
      {!loading && !calendar && (
        <Alert type="error" role="alert">
          <Paragraph>{t('calendar.unavailable')}</Paragraph>
          <Button appearance="secondary-action-button" onClick={() => void refetch().catch(() => undefined)}>
            {t('retry')}
          </Button>
        </Alert>
      )}
      {calendar && (
        <div className="agenda">
          {error && <Paragraph role="status">{t('outdated')}</Paragraph>}
          {agendaWeeks(calendar.from, calendar.until, calendar.entries).map((week) => (
            <AgendaWeek key={week.from} week={week} />
          ))}
        </div>
      )}
    </>
  );
}
