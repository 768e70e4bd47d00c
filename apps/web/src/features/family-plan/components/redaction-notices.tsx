import { useTranslation } from 'react-i18next';
import { PlanItemFieldsFragment } from '../../../graphql/generated/graphql';
import { joinNames } from '../../../shared/components/member-names';
import { redactionNotices } from '../utils/redactions';
import { useLanguage } from '../../../i18n/use-language';
import { RedactionContact } from './redaction-contact';

interface RedactionNoticesProps {
  items: readonly PlanItemFieldsFragment[];
  /** Responses the family wrote on what this professional may not read. */
  responses?: boolean;
}

/**
 * Information this professional may not read: that it exists, who holds it,
 * about whom, and whom to ask. Never its content (need-to-know).
 */
export function RedactionNotices({ items, responses = false }: RedactionNoticesProps) {
  const { t } = useTranslation('familyPlan');
  const { t: tv } = useTranslation('vocabulary');
  const { language } = useLanguage();
  const notices = redactionNotices(items);
  if (notices.length === 0) return null;
  return (
    <ul className="bare-list redaction-notices">
      {notices.map((notice) => (
        <li key={notice.key} className="redaction-notice">
          <p>
            {t(responses ? 'redaction.responseLine' : 'redaction.line', {
              organisation:
                notice.holderType === 'INVOLVEMENT'
                  ? notice.organisationName
                  : t('party', { name: notice.organisationName, where: tv(`partyTypes.${notice.holderType}`) }),
              about: notice.aboutNames.length > 0 ? joinNames(notice.aboutNames, language) : t('redaction.family'),
              contact: notice.contactName ?? t('redaction.theRegisseur'),
            })}
            {notice.count > 1 && <> {t('redaction.count', { count: notice.count })}</>}
          </p>
          <RedactionContact phone={notice.contactPhone} email={notice.contactEmail} />
        </li>
      ))}
    </ul>
  );
}
