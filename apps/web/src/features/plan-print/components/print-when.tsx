import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n/use-language';
import { formatDay, weekdayName } from '../../portal-shared/utils/dates';
import { PortalPlanItem } from '../../portal-shared/utils/plan-items';

/** When an agreement or roster line holds: every weekday, by a date, or ongoing. */
export function PrintWhen({ item }: { item: PortalPlanItem }) {
  const { t } = useTranslation('planPrint');
  const { language } = useLanguage();
  if (item.weekday != null) return <>{t('agreements.weekly', { weekday: weekdayName(item.weekday, language) })}</>;
  if (item.dueOn) return <time dateTime={item.dueOn}>{formatDay(item.dueOn, language)}</time>;
  return <>{t('agreements.ongoing')}</>;
}
