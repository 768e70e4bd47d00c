import { Alert, Paragraph } from '@rijkshuisstijl-community/components-react';
import { PropsWithChildren } from 'react';
import { useTranslation } from 'react-i18next';
import { ItemFact, ItemFacts } from '../../../shared/components/item-facts';

interface CorrectionConflictNoticeProps {
  name: string;
  facts: readonly ItemFact[];
}

/**
 * Someone corrected this person while the regisseur was working on it. Their
 * details are shown as they are now; nothing was overwritten, and the
 * regisseur decides (the children: the form's choices) what happens next.
 */
export function CorrectionConflictNotice({ name, facts, children }: PropsWithChildren<CorrectionConflictNoticeProps>) {
  const { t } = useTranslation('familySetup');
  return (
    <Alert type="warning" role="alert">
      <Paragraph>
        <strong>{t('conflict.title', { name })}</strong>
      </Paragraph>
      <Paragraph>{t('conflict.message')}</Paragraph>
      <ItemFacts facts={facts} />
      {children}
    </Alert>
  );
}
