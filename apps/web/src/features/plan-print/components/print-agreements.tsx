import { useTranslation } from 'react-i18next';
import { PortalPlanItem } from '../../portal-shared/utils/plan-items';
import { PartyName } from '../../family-plan/components/party-name';
import { PrintWhen } from './print-when';

interface PrintAgreementsProps {
  items: readonly PortalPlanItem[];
  caption: string;
}

/** Agreements as a table to read at the kitchen table: what, who, when. */
export function PrintAgreements({ items, caption }: PrintAgreementsProps) {
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
            <td>{item.text}</td>
            <td>{item.assignee ? <PartyName party={item.assignee} /> : t('agreements.nobody')}</td>
            <td>
              <PrintWhen item={item} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
