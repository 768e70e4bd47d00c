import { useTranslation } from 'react-i18next';
import { PlanItemFieldsFragment } from '../../../graphql/generated/graphql';
import { useLanguage } from '../../../i18n/use-language';
import { FormattedDay } from '../../../shared/components/formatted-date';
import { ItemFacts } from '../../../shared/components/item-facts';
import { ItemList } from './item-list';
import { ItemText, itemTextId } from './item-text';
import { PartyName } from './party-name';
import { capitalise, weekdayName } from '../../portal-shared/utils/dates';
import { PlanItemCard } from './plan-item-card';

interface RosterListProps {
  entries: readonly PlanItemFieldsFragment[];
}

/** Who does what on which day, and with whom they cancel when they cannot come. Monday first. */
export function RosterList({ entries }: RosterListProps) {
  const { t } = useTranslation('familyPlan');
  const { language } = useLanguage();
  return (
    <ItemList>
      {entries.map((entry) => (
        <PlanItemCard key={entry.id} item={entry}>
          <p className="roster-entry__day">
            <strong>
              {entry.weekday ? capitalise(weekdayName(entry.weekday, language)) : entry.dueOn && <FormattedDay day={entry.dueOn} />}
            </strong>
            {entry.assignee && (
              <>
                {': '}
                <PartyName party={entry.assignee} />
              </>
            )}
          </p>
          <ItemText id={itemTextId(entry.id)} text={entry.text} />
          <ItemFacts facts={[entry.cancelContact && { label: t('safety.cancelWith'), value: entry.cancelContact }]} />
        </PlanItemCard>
      ))}
    </ItemList>
  );
}
