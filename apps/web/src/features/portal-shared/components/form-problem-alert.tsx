import { Alert, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useTranslation } from 'react-i18next';
import { FormProblem } from '../../../shared/components/form-problem';

export type FormWideProblem = Exclude<FormProblem<string>, { kind: 'fields' }>;

interface FormProblemAlertProps {
  problem: FormWideProblem;
}

/** A save that failed as a whole, said once, next to the form that caused it. */
export function FormProblemAlert({ problem }: FormProblemAlertProps) {
  const { t } = useTranslation('portal');
  // role="alert": announced at once, without moving the focus away from the form.
  return (
    <Alert type="error" role="alert">
      <Paragraph>{t(`problems.${problem.kind}`)}</Paragraph>
    </Alert>
  );
}
