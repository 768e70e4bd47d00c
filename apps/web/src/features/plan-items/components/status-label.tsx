import { useTranslation } from 'react-i18next';
import { isItemStatus } from '../utils/item-status';

interface StatusLabelProps {
  status: string;
}

/** A status in words; one the interface does not know is shown as the API sent it. */
export function StatusLabel({ status }: StatusLabelProps) {
  const { t } = useTranslation('vocabulary');
  return isItemStatus(status) ? t(`statuses.${status}`) : status;
}
