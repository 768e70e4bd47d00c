import { Alert, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router-dom';

function handedOverTo(state: unknown): string | null {
  if (typeof state !== 'object' || state === null) return null;
  const name = (state as Record<string, unknown>)['handedOverTo'];
  return typeof name === 'string' ? name : null;
}

/** Confirms, after a handover, who the family's regisseur now is. */
export function HandoverNotice() {
  const { t } = useTranslation('familyPlan');
  const name = handedOverTo(useLocation().state);
  if (!name) return null;
  return (
    <Alert type="ok" role="status">
      <Paragraph>{t('handedOver', { name })}</Paragraph>
    </Alert>
  );
}
