import { useTranslation } from 'react-i18next';
import { PortalPlanItem } from '../../portal-shared/utils/plan-items';
import { PartyName } from '../../family-plan/components/party-name';
import { PrintWhen } from './print-when';

interface PrintAgreementsProps {
  items: readonly PortalPlanItem[];
  caption: string;
  /** The reader's own party, when the paper is theirs: their tasks say "you", not their name. */
  myPartyId?: string;
}

/**
 * Where an agreement stands, when that is news for the meeting: done, or not
 * kept with its reason. An open agreement says nothing: a standing agreement
 * is not "not done yet".
 */
function PrintStatus({ item }: { item: PortalPlanItem }) {
  const { t } = useTranslation('planPrint');
  if (item.status === 'DONE') return <span className="plan-print__note">{t('agreements.done')}</span>;
  if (item.status !== 'NOT_KEPT') return null;
  return (
    <span className="plan-print__note">
      <strong>{item.statusReason ? t('agreements.notKept', { reason: item.statusReason }) : t('agreements.notKeptNoReason')}</strong>
    </span>
  );
}

/** Agreements as a table to read at the kitchen table: what, who, when. */
export function PrintAgreements({ items, caption, myPartyId }: PrintAgreementsProps) {
  const { t } = useTranslation('planPrint');
  return (
    <table className="plan-print__table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('agreements.what')}</th>
          <th scope="col">{t('agreements.who')}</th>
          <th scope="col">{t('agreements.when')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.id}>
            <td>
              {item.text}
              <PrintStatus item={item} />
            </td>
            <td>
              {!item.assignee ? (
                t('agreements.nobody')
              ) : item.assignee.id === myPartyId ? (
                t('agreements.you')
              ) : (
                <PartyName party={item.assignee} />
              )}
            </td>
            <td>
              <PrintWhen item={item} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
