import { Alert, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useTranslation } from 'react-i18next';

interface FormProblemAlertProps {
  problem: 'refused' | 'unavailable';
}

/** A save that failed as a whole: nothing the person typed can fix it. Announced at once. */
export function FormProblemAlert({ problem }: FormProblemAlertProps) {
  const { t } = useTranslation('shared');
  return (
    <Alert type="error" role="alert">
      <Paragraph>{t(`problems.${problem}`)}</Paragraph>
    </Alert>
  );
}
