import { Alert, Paragraph } from '@rijkshuisstijl-community/components-react';
import { TFunction } from 'i18next';
import { useEffect, useRef } from 'react';
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
  const summary = useRef<HTMLDivElement>(null);
  // The focus moves to the message (WCAG 3.3.1, as GOV.UK's error summary does): no field is marked,
  // so without this a keyboard or screen reader user would stay on the button and have to search for
  // what went wrong. role="alert" still announces it where the focus move is not read out.
  useEffect(() => summary.current?.focus(), [problem]);
  return (
    <div ref={summary} tabIndex={-1} className="sign-in-problem">
      <Alert type="error" role="alert">
        <Paragraph>{messageFor(problem, t, language)}</Paragraph>
      </Alert>
    </div>
  );
}
