import { Button } from '@rijkshuisstijl-community/components-react';
import { useState } from 'react';
import { FormProblem, FormProblemAlert } from '../forms';

interface ResendLinkButtonProps<F extends string> {
  appearance: 'secondary-action-button' | 'subtle-button';
  texts: {
    /** Names whose link it is: a page can list several people waiting for one. */
    label: string;
    button: string;
    sending: string;
  };
  sending: boolean;
  /** Sends the fresh link; resolves to null when it went out. */
  resend: () => Promise<FormProblem<F> | null>;
  onSent: () => void;
  /** The words for a failed send; a busy server is said in the form kit's words, as everywhere. */
  problemText: (problem: Exclude<FormProblem<F>, { kind: 'busy' }>) => string;
}

/**
 * A fresh e-mail with a link to choose a password, for someone whose first link
 * expired or went missing. The earlier links stop working, so no question
 * first: nothing is lost that the new link cannot give.
 */
export function ResendLinkButton<F extends string>({
  appearance,
  texts,
  sending,
  resend,
  onSent,
  problemText,
}: ResendLinkButtonProps<F>) {
  const [problem, setProblem] = useState<FormProblem<F> | null>(null);

  const send = async () => {
    if (sending) return;
    // Cleared first, so that the same message after a second attempt is announced again.
    setProblem(null);
    const result = await resend();
    if (result === null) onSent();
    else setProblem(result);
  };

  return (
    <>
      <Button type="button" appearance={appearance} busy={sending} aria-label={texts.label} onClick={() => void send()}>
        {sending ? texts.sending : texts.button}
      </Button>
      {problem && (
        <FormProblemAlert
          problem={problem.kind === 'fields' ? 'unavailable' : problem.kind}
          message={problem.kind === 'busy' ? undefined : problemText(problem)}
        />
      )}
    </>
  );
}
