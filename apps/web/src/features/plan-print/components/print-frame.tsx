import { Button, Paragraph } from '@rijkshuisstijl-community/components-react';
import { PropsWithChildren } from 'react';
import { useTranslation } from 'react-i18next';
import { RouterLink } from '../../../shared/components/router-link';

interface PrintFrameProps {
  backTo: string;
  backLabel: string;
}

/**
 * The paper, with on screen only a print button and the way back: the
 * print style sheet (plan-print.css) hides them, and the app's header and
 * footer, on paper.
 */
export function PrintFrame({ backTo, backLabel, children }: PropsWithChildren<PrintFrameProps>) {
  const { t } = useTranslation('planPrint');
  return (
    <div className="plan-print-page">
      <div className="plan-print__toolbar">
        <Button appearance="primary-action-button" onClick={() => window.print()}>
          {t('actions.print')}
        </Button>
        <RouterLink to={backTo}>{backLabel}</RouterLink>
        <Paragraph>{t('actions.hint')}</Paragraph>
      </div>
      <article className="plan-print">{children}</article>
    </div>
  );
}
