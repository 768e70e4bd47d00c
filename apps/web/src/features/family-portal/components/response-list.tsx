import { Paragraph } from '@rijkshuisstijl-community/components-react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../i18n/format-date';
import { useLanguage } from '../../../i18n/use-language';
import { PortalPlanItem } from '../../portal-shared/utils/plan-items';

interface ResponseListProps {
  responses: readonly PortalPlanItem[];
}

/** What the family wrote under an item: comments, and their own view next to the professional's text. */
export function ResponseList({ responses }: ResponseListProps) {
  const { t } = useTranslation('familyPortal');
  const { language } = useLanguage();
  return (
    <ul className="bare-list portal-responses">
      {responses.map((response) => {
        const kind = response.kind === 'OWN_VIEW' ? 'OWN_VIEW' : 'COMMENT';
        return (
          <li key={response.id} className={`portal-response portal-response--${kind === 'OWN_VIEW' ? 'own-view' : 'comment'}`}>
            <Paragraph className="portal-response__label">
              <strong>
                {t(`responses.${kind}`, {
                  name: response.author.name,
                  date: formatDate(new Date(response.createdAt), language),
                })}
              </strong>
            </Paragraph>
            <Paragraph className="portal-text">{response.text}</Paragraph>
          </li>
        );
      })}
    </ul>
  );
}
