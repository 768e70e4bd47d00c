import { Paragraph } from '@rijkshuisstijl-community/components-react';
import { useTranslation } from 'react-i18next';
import { PrintSection } from './print-section';

/** A line to sign and a line for the date, per person. */
export function PrintSignatures({ names }: { names: readonly string[] }) {
  const { t } = useTranslation('planPrint');
  return (
    <PrintSection title={t('signatures.title')} intro={t('signatures.intro')}>
      <ul className="plan-print__signatures">
        {names.map((name) => (
          <li key={name} className="plan-print__signature">
            <Paragraph>
              {t('signatures.name')}: <strong>{name}</strong>
            </Paragraph>
            <div className="plan-print__line">{t('signatures.signature')}</div>
            <div className="plan-print__line plan-print__line--date">{t('signatures.date')}</div>
          </li>
        ))}
      </ul>
    </PrintSection>
  );
}
