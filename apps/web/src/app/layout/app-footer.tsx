import { Footer, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useTranslation } from 'react-i18next';

export function AppFooter() {
  const { t } = useTranslation();
  return (
    <Footer className="app-footer">
      <Paragraph>{t('footer.tagline')}</Paragraph>
    </Footer>
  );
}
