import { formatDate, formatTime } from '../../i18n/format-date';
import { useLanguage } from '../../i18n/use-language';
import { calendarDayToDate } from './calendar-day';

interface FormattedDayProps {
  /** A calendar day, YYYY-MM-DD. */
  day: string;
}

/** A plan date as the Dutch write it: "3 maart 2026". */
export function FormattedDay({ day }: FormattedDayProps) {
  const { language } = useLanguage();
  return <time dateTime={day}>{formatDate(calendarDayToDate(day), language)}</time>;
}

interface FormattedMomentProps {
  /** An ISO date-time, as the API sends it. */
  at: string;
  withTime?: boolean;
}

/** When something happened, on the Dutch clock: "3 maart 2026" or "3 maart 2026, 14:05". */
export function FormattedMoment({ at, withTime = false }: FormattedMomentProps) {
  const { language } = useLanguage();
  const moment = new Date(at);
  const date = formatDate(moment, language);
  return <time dateTime={at}>{withTime ? `${date}, ${formatTime(moment, language)}` : date}</time>;
}
