import { Alert, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useTranslation } from 'react-i18next';
import { FormWideProblem } from './form-problem';

/**
 * A problem a form may say in its own words. A busy server is not one: every
 * form says it alike (nothing was saved, try again in a minute).
 */
export type OwnWordsProblem = Exclude<FormWideProblem, 'busy'>;

/** Whom the message speaks to: families get plainer words and are pointed to their regisseur. */
export type ProblemAudience = 'professional' | 'family';

interface FormProblemAlertProps {
  problem: FormWideProblem;
  audience?: ProblemAudience;
  /**
   * The form's own words for the problem, where the kit's would not fit (a link that is no longer
   * valid, not a save). Not for a busy server: that is said in the kit's words, whatever the form.
   */
  message?: string;
}

/** A save that failed as a whole, said once, above the form that caused it. */
export function FormProblemAlert({ problem, audience = 'professional', message }: FormProblemAlertProps) {
  const { t } = useTranslation('shared');
  const ownWords = problem === 'busy' ? undefined : message;
  // role="alert": announced at once, without moving the focus away from the form.
  return (
    <Alert type="error" role="alert">
      <Paragraph>{ownWords ?? t(`forms.problems.${audience}.${problem}`)}</Paragraph>
    </Alert>
  );
}
