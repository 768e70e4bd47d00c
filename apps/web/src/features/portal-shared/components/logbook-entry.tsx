import { Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { dutchToday } from '@gezinsplan/domain';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n/use-language';
import { formatDay } from '../utils/dates';
import { entryDay, PortalPlanItem } from '../utils/plan-items';
import { ItemExtras } from './item-extras';
import { WrittenBy } from './written-by';

interface LogbookEntryProps {
  entry: PortalPlanItem;
  /** Where the general and the safety plan's logbook are shown together, the safety entries say so. */
  markSafety: boolean;
  /** The reader's own party (family member or network member): their entries say "you". */
  myPartyId: string | null;
}

/** One entry of the logbook: the day it is about, what was written, and by whom. */
export function LogbookEntry({ entry, markSafety, myPartyId }: LogbookEntryProps) {
  const { t } = useTranslation('portal');
  const { language } = useLanguage();
  const textId = useId();
  return (
    <li className="divided-entry divided-entry--roomy portal-item">
      <Heading level={3} appearanceLevel={5}>
        {formatDay(entryDay(entry), language)}
        {markSafety && entry.category === 'SAFETY' && <span className="badge portal-tag"> {t('logbook.safetyTag')}</span>}
      </Heading>
      <Paragraph className="portal-text" id={textId}>
        {entry.text}
      </Paragraph>
      {/* The day is in the heading; when it was written only counts when that was another day. */}
      <WrittenBy author={entry.author} at={entry.createdAt} showDate={entry.occurredOn != null && entry.occurredOn !== dutchToday(new Date(entry.createdAt))}
        byReader={myPartyId != null && entry.author.id === myPartyId}
      />
      <ItemExtras item={entry} describedBy={textId} />
    </li>
  );
}
