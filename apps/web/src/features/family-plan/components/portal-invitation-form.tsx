import { Alert, Button, FormFieldTextInput, Paragraph } from '@rijkshuisstijl-community/components-react';
import { FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkEmailAddress } from '../../../shared/components/email-address';
import { CaseFormProblem } from '../../../shared/components/form-problem';
import { inputValue } from '../../../shared/components/input-value';
import { useUnsavedChanges } from '../../../shared/components/unsaved-changes';
import { useInviteToPortal } from '../hooks/use-invite-to-portal';
import { PortalInvitee } from '../utils/portal-invitation';

/** What is wrong, shown at the e-mail field: the one thing the regisseur can change. */
type EmailReason = 'empty' | 'invalid' | 'emailTaken' | 'tooYoung';

type FormWideProblem = { kind: 'notInFamily' | 'hasAccount' } | Exclude<CaseFormProblem<never>, { kind: 'fields' | 'conflict' }>;

interface PortalInvitationFormProps {
  familyId: string;
  invitee: PortalInvitee;
  /** The invitation went out to this address. */
  onInvited: (email: string) => void;
}

/** A button that opens a form for the address where the invitation goes. */
export function PortalInvitationForm({ familyId, invitee, onInvited }: PortalInvitationFormProps) {
  const { t } = useTranslation('portalInvitation');
  const { invite, inviting } = useInviteToPortal(familyId);
  const prefilled = invitee.kind === 'network' ? (invitee.email ?? '') : '';
  const [open, setOpen] = useState(false);
  const [email, setEmail] = useState(prefilled);
  const [emailReason, setEmailReason] = useState<EmailReason | null>(null);
  const [problem, setProblem] = useState<FormWideProblem | null>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const emailInput = useRef<HTMLInputElement>(null);
  const returnFocus = useRef(false);
  const titleId = useId();
  const name = invitee.name;
  useUnsavedChanges(open && email.trim() !== prefilled);

  // Opening moves the focus into the form; a problem with the address brings it back to the field.
  useEffect(() => {
    if (open) emailInput.current?.focus();
    else if (returnFocus.current) toggle.current?.focus();
    returnFocus.current = false;
  }, [open, emailReason]);

  const close = () => {
    setOpen(false);
    setEmail(prefilled);
    setEmailReason(null);
    setProblem(null);
    returnFocus.current = true;
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (inviting) return;
    // Cleared first, so that the same message after a second attempt is announced again.
    setProblem(null);
    setEmailReason(null);
    const checked = checkEmailAddress(email);
    if (checked) {
      setEmailReason(checked);
      return;
    }
    const result = await invite(invitee, email);
    if (result === null) {
      setOpen(false);
      onInvited(email.trim());
    } else if (result.kind === 'emailTaken') {
      setEmailReason('emailTaken');
    } else if (result.kind === 'fields') {
      if (result.fields.email) setEmailReason('invalid');
      // Of a family member, the API refuses only a child under 12; a network member it does not know any more.
      else if (result.fields.memberId && invitee.kind === 'member' && invitee.isChild) setEmailReason('tooYoung');
      else setProblem({ kind: 'notInFamily' });
    } else if (result.kind === 'conflict') {
      // Inviting changes nothing that exists, so a conflict is nothing the regisseur can resolve.
      setProblem({ kind: 'unavailable' });
    } else {
      setProblem(result);
    }
  };

  if (!open) {
    return (
      <Button
        ref={toggle}
        type="button"
        appearance="subtle-button"
        aria-label={t('openLabel', { name })}
        onClick={() => setOpen(true)}
      >
        {t('open')}
      </Button>
    );
  }

  return (
    // noValidate: the browser's own messages would be in the browser's language and styling, not ours.
    <form className="plan-form plan-form--inline" aria-labelledby={titleId} noValidate onSubmit={(event) => void submit(event)}>
      <Paragraph id={titleId}>
        <strong>{t('title', { name })}</strong>
      </Paragraph>
      <Paragraph>{t(`explanation.${invitee.kind}`, { name })}</Paragraph>
      {problem && (
        <Alert type="error" role="alert">
          <Paragraph>{t(`problems.${problem.kind}`, { name })}</Paragraph>
        </Alert>
      )}
      <FormFieldTextInput
        name="email"
        type="email"
        autoComplete="off"
        label={t('email.label', { name })}
        description={t('email.description', { name })}
        value={email}
        invalid={emailReason !== null}
        errorMessage={emailReason ? t(`email.errors.${emailReason}`, { name }) : undefined}
        inputRef={emailInput}
        onChange={(event) => setEmail(inputValue(event))}
      />
      <div className="plan-form__actions">
        <Button type="submit" appearance="primary-action-button" busy={inviting}>
          {inviting ? t('submitting') : t('submit')}
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={close}>
          {t('cancel')}
        </Button>
      </div>
    </form>
  );
}
