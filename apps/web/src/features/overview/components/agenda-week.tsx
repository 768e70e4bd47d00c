import { Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FormattedDay } from '../../../shared/components/formatted-date';
import { RouterLink } from '../../../shared/components/router-link';
import { AgendaWeek as Week } from '../utils/agenda-weeks';
import { itemLink } from '../utils/item-link';

/** One week of the agenda: a heading with its dates, then what falls in it, day by day, each a link to its place in the plan. */
export function AgendaWeek({ week }: { week: Week }) {
  const { t } = useTranslation('overview');
  const headingId = useId();
  return (
    <section className="agenda-week" aria-labelledby={headingId}>
      <Heading level={2} id={headingId}>
        {t('calendar.week', { number: week.number })}: <FormattedDay day={week.from} /> – <FormattedDay day={week.until} />
      </Heading>
      {week.entries.length === 0 ? (
        <Paragraph>{t('calendar.emptyWeek')}</Paragraph>
      ) : (
        <ul className="bare-list overview-items">
          {week.entries.map((entry) => (
            <li key={entry.itemId} className="divided-entry overview-item">
              <p className="agenda-week__when">
                <FormattedDay day={entry.on} />: {t(`calendar.kinds.${entry.kind as 'EVALUATION'}`)}
              </p>
              <RouterLink to={itemLink(entry.familyId, entry.itemId)}>{entry.text ?? t('calendar.unreadable')}</RouterLink>
              <p className="overview-item__meta">
                <span>{entry.familyName}</span>
                {entry.assigneeName && <span>{t('item.who', { name: entry.assigneeName })}</span>}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
