import { Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n/use-language';
import { capitalise, formatDay, weekdayName } from '../utils/dates';
import { namesOf, PortalPlanItem } from '../utils/plan-items';
import { findContact, inWeekOrder } from '../utils/roster';
import { ContactLinks } from './contact-links';
import { ItemExtras } from './item-extras';

interface Person {
  name: string;
  phone?: string | null;
  email?: string | null;
}

interface RosterListProps {
  entries: readonly PortalPlanItem[];
  members: readonly { id: string; givenName: string }[];
  /** People whose phone number can be shown next to their name. */
  people: readonly Person[];
  myPartyId: string | null;
  headingLevel?: 3 | 4;
  /** Leave out who does it, on a page that shows only the reader's own entries. */
  showWho?: boolean;
}

function RosterEntry({
  entry,
  members,
  people,
  myPartyId,
  headingLevel = 3,
  showWho = true,
}: Omit<RosterListProps, 'entries'> & { entry: PortalPlanItem }) {
  const { t } = useTranslation('portal');
  const { language } = useLanguage();
  const textId = useId();
  const when =
    entry.weekday != null
      ? capitalise(weekdayName(entry.weekday, language))
      : entry.dueOn
        ? formatDay(entry.dueOn, language)
        : t('roster.noDay');
  const children = namesOf(entry.aboutMemberIds, members);
  const cancelContact = findContact(entry.cancelContact, people);
  const who = showWho && entry.assignee && (entry.assignee.id === myPartyId ? t('roster.you') : entry.assignee.name);
  return (
    <li className="divided-entry divided-entry--roomy portal-item">
      <Heading level={headingLevel} appearanceLevel={4}>
        {when}
      </Heading>
      <Paragraph className="portal-text" id={textId}>
        {entry.text}
      </Paragraph>
      <dl className="portal-facts">
        {who && (
          <div>
            <dt>{t('roster.who')}</dt>
            <dd>{who}</dd>
          </div>
        )}
        {children.length > 0 && (
          <div>
            <dt>{t('roster.for')}</dt>
            <dd>{new Intl.ListFormat(language, { type: 'conjunction' }).format(children)}</dd>
          </div>
        )}
        {entry.cancelContact && (
          <div>
            <dt>{t('roster.cancel')}</dt>
            <dd>
              {entry.cancelContact}
              {cancelContact && (cancelContact.phone || cancelContact.email) ? (
                <ContactLinks phone={cancelContact.phone} email={cancelContact.email} />
              ) : (
                <Paragraph>{t('roster.noContact', { name: entry.cancelContact })}</Paragraph>
              )}
            </dd>
          </div>
        )}
      </dl>
      <ItemExtras item={entry} describedBy={textId} />
    </li>
  );
}

/** Who does what on which day, and whom they tell when they cannot come. */
export function RosterList({ entries, ...rest }: RosterListProps) {
  return (
    <ul className="bare-list portal-list">
      {inWeekOrder(entries).map((entry) => (
        <RosterEntry key={entry.id} entry={entry} {...rest} />
      ))}
    </ul>
  );
}
