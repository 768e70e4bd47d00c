import { Alert, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useTranslation } from 'react-i18next';

export type FormWideProblem = 'notFound' | 'notAllowed' | 'signedOut' | 'unavailable';

/** A save that failed as a whole: nothing the person typed can fix it. Announced at once. */
export function FormProblemNotice({ problem }: { problem: FormWideProblem }) {
  const { t } = useTranslation('familySetup');
  return (
    <Alert type="error" role="alert">
      <Paragraph>{t(`problems.${problem}`)}</Paragraph>
    </Alert>
  );
}
