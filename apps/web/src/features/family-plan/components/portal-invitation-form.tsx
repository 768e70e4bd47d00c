import { Button, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FormActions, FormProblemAlert, KitForm, requiredEmailAddress, TextField, useKitForm } from '../../../shared/forms';
import { invitationRefusalOf, useInviteToPortal } from '../hooks/use-invite-to-portal';
import { PortalInvitee } from '../utils/portal-invitation';

interface PortalInvitationFormProps {
  familyId: string;
  invitee: PortalInvitee;
  /** The invitation went out to this address. */
  onInvited: (email: string) => void;
}

/** A button that opens a form for the address where the invitation goes. */
export function PortalInvitationForm({ familyId, invitee, onInvited }: PortalInvitationFormProps) {
  const { t } = useTranslation('portalInvitation');
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  // Closing without inviting brings the focus back to the button that opened the form.
  useEffect(() => {
    if (!open && returnFocus.current) toggle.current?.focus();
    returnFocus.current = false;
  }, [open]);

  if (open) {
    return (
      <OpenPortalInvitationForm
        familyId={familyId}
        invitee={invitee}
        onInvited={(email) => {
          setOpen(false);
          onInvited(email);
        }}
        onCancel={() => {
          returnFocus.current = true;
          setOpen(false);
        }}
      />
    );
  }
  return (
    <Button ref={toggle} type="button" appearance="subtle-button" aria-label={t('openLabel', { name: invitee.name })} onClick={() => setOpen(true)}>
      {t('open')}
    </Button>
  );
}

const invitationSchema = z.object({ email: requiredEmailAddress() });

function OpenPortalInvitationForm({ familyId, invitee, onInvited, onCancel }: PortalInvitationFormProps & { onCancel: () => void }) {
  const { t } = useTranslation('portalInvitation');
  const { invite } = useInviteToPortal(familyId);
  const defaultValues = useMemo(() => ({ email: invitee.kind === 'network' ? (invitee.email ?? '') : '' }), [invitee]);
  const kit = useKitForm({ schema: invitationSchema, defaultValues, focusOnOpen: 'email' });
  const { control, formState, setError } = kit.form;
  // What the person's own situation stands in the way of: said above the field, in this form's words.
  const [refusal, setRefusal] = useState<'hasAccount' | 'notInFamily' | null>(null);
  const titleId = useId();
  const name = invitee.name;

  return (
    <KitForm
      kit={kit}
      className="plan-form plan-form--inline"
      aria-labelledby={titleId}
      onSubmit={({ email }) => {
        setRefusal(null);
        return invite(invitee, email);
      }}
      onSaved={onInvited}
      onFailure={(error) => {
        const why = invitationRefusalOf(error, invitee);
        if (why === 'hasAccount' || why === 'notInFamily') setRefusal(why);
        else if (why) setError('email', { type: 'api', message: why });
        return why !== null;
      }}
      // Inviting changes nothing that exists, so a conflict is nothing the regisseur can resolve.
      problemMessage={(problem) => t(`problems.${problem === 'conflict' ? 'unavailable' : problem}`, { name })}
    >
      <Paragraph id={titleId}>
        <strong>{t('title', { name })}</strong>
      </Paragraph>
      <Paragraph>{t(`explanation.${invitee.kind}`, { name })}</Paragraph>
      {refusal && <FormProblemAlert problem="unavailable" message={t(`problems.${refusal}`, { name })} />}
      <TextField
        control={control}
        name="email"
        type="email"
        autoComplete="off"
        label={t('email.label', { name })}
        description={t('email.description', { name })}
        errorMessage={{
          empty: t('email.errors.empty', { name }),
          invalid: t('email.errors.invalid', { name }),
          tooYoung: t('email.errors.tooYoung', { name }),
        }}
      />
      <FormActions submitLabel={t('submit')} busyLabel={t('submitting')} busy={formState.isSubmitting} onCancel={onCancel} cancelLabel={t('cancel')} />
    </KitForm>
  );
}
