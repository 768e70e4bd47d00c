import { Alert, Paragraph } from '@rijkshuisstijl-community/components-react';
import { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatTime } from '../../../i18n/format-date';
import { Language } from '../../../i18n/languages';
import { useLanguage } from '../../../i18n/use-language';
import { SignInProblem } from '../utils/sign-in-problem';

type FormProblem = Exclude<SignInProblem, { kind: 'invalidFields' }>;

function messageFor(problem: FormProblem, t: TFunction<'auth'>, language: Language): string {
  switch (problem.kind) {
    case 'wrongCredentials':
      return t('signIn.problems.wrongCredentials');
    case 'tooManyAttempts':
      return problem.wait
        ? t('signIn.problems.tooManyAttempts', {
            count: problem.wait.minutes,
            time: formatTime(problem.wait.until, language),
          })
        : t('signIn.problems.tooManyAttemptsLater');
    case 'invitationNotLinkable':
      return t('signIn.problems.invitationNotLinkable');
    case 'unavailable':
      return t('signIn.problems.unavailable');
  }
}

interface SignInProblemAlertProps {
  problem: FormProblem;
}

/** The one message for a sign-in that failed as a whole rather than in a field. */
export function SignInProblemAlert({ problem }: SignInProblemAlertProps) {
  const { t } = useTranslation('auth');
  const { language } = useLanguage();
  // role="alert": announced at once, without moving the focus away from the form.
  return (
    <Alert type="error" role="alert">
      <Paragraph>{messageFor(problem, t, language)}</Paragraph>
    </Alert>
  );
}
