import { Paragraph } from '@rijkshuisstijl-community/components-react';
import { useTranslation } from 'react-i18next';
import { RouterLink } from '../../../shared/components/router-link';
import { PATHS } from '../../../shared/paths';

/** From the overview to the agenda of the coming weeks. */
export function CalendarLink() {
  const { t } = useTranslation('overview');
  return (
    <Paragraph className="overview__calendar-link">
      <RouterLink to={PATHS.calendar}>{t('calendar.open')}</RouterLink>
    </Paragraph>
  );
}
