import { Alert, Button, Fieldset, FormFieldRadio, FormFieldTextInput, Paragraph } from '@rijkshuisstijl-community/components-react';
import { FormEvent, RefObject, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldErrors, FormProblem } from '../../../shared/components/form-problem';
import { inputValue } from '../../../shared/components/input-value';
import { useUnsavedChanges } from '../../../shared/components/unsaved-changes';
import { CreateAccountField, useCreateAccount } from '../hooks/use-create-account';
import {
  checkAccountDraft,
  emptyAccountDraft,
  NEW_ACCOUNT_FIELDS,
  NEW_ACCOUNT_KINDS,
  NewAccountDraft,
  NewAccountField,
  NewAccountKind,
} from '../utils/new-account';

/** A rejected e-mail address says why: an invalid one, or one that already has an account. */
type EmailReason = NonNullable<FieldErrors<NewAccountField>['email']> | 'taken';

type FormWideProblem = Exclude<FormProblem<CreateAccountField>, { kind: 'fields' | 'conflict' }> | { kind: 'organisation' };

interface CreateAccountFormProps {
  /** Left out for an organisation administrator: the API takes their own organisation. */
  organisationId?: string;
  /** Which kind of account the form starts with: what this administrator makes most. */
  initialKind: NewAccountKind;
  /** Called once an account is made: the page's "organisation created" message has then done its work. */
  onCreated?: () => void;
}

/** An administrator makes an account; its owner receives an e-mail to choose a password. */
export function CreateAccountForm({ organisationId, initialKind, onCreated }: CreateAccountFormProps) {
  const { t } = useTranslation('administration');
  const { create, creating } = useCreateAccount(organisationId);
  const [draft, setDraft] = useState<NewAccountDraft>(() => emptyAccountDraft(initialKind));
  const [errors, setErrors] = useState<FieldErrors<NewAccountField>>({});
  const [emailTaken, setEmailTaken] = useState(false);
  const [problem, setProblem] = useState<FormWideProblem | null>(null);
  const [created, setCreated] = useState<{ name: string; email: string } | null>(null);
  useUnsavedChanges(draft.email.trim() !== '' || draft.displayName.trim() !== '' || draft.discipline.trim() !== '' || draft.phone.trim() !== '');

  const kindRef = useRef<HTMLInputElement>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const disciplineRef = useRef<HTMLInputElement>(null);
  const phoneRef = useRef<HTMLInputElement>(null);

  // After the render, so that the field already carries its message when a screen reader announces it.
  useEffect(() => {
    const refs: Record<NewAccountField, RefObject<HTMLInputElement | null>> = {
      kind: kindRef,
      email: emailRef,
      displayName: nameRef,
      discipline: disciplineRef,
      phone: phoneRef,
    };
    const first = NEW_ACCOUNT_FIELDS.find((field) => errors[field] || (field === 'email' && emailTaken));
    if (first) refs[first].current?.focus();
  }, [errors, emailTaken]);

  const set = <F extends keyof NewAccountDraft>(field: F, value: NewAccountDraft[F]) => {
    setDraft((current) => ({ ...current, [field]: value }));
    setCreated(null);
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (creating) return;
    // Cleared first, so that the same message after a second attempt is announced again.
    setProblem(null);
    setCreated(null);
    setEmailTaken(false);
    const found = checkAccountDraft(draft);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const result = await create(draft);
    if (result === null) {
      setCreated({ name: draft.displayName.trim(), email: draft.email.trim() });
      setDraft(emptyAccountDraft(draft.kind));
      onCreated?.();
    } else if (result.kind === 'emailTaken') {
      setEmailTaken(true);
    } else if (result.kind === 'fields') {
      // The kind is a choice of two and the organisation comes from the page: neither can be typed right.
      const { organisationId: organisationRejected, kind: kindRejected, ...fields } = result.fields;
      setErrors(fields);
      if (organisationRejected) setProblem({ kind: 'organisation' });
      else if (kindRejected) setProblem({ kind: 'unavailable' });
    } else {
      // This mutation changes nothing that exists, so a conflict is nothing the administrator can resolve.
      setProblem(result.kind === 'conflict' ? { kind: 'unavailable' } : result);
    }
  };

  const emailReason: EmailReason | undefined = emailTaken ? 'taken' : errors.email;
  const isProfessional = draft.kind === 'PROFESSIONAL';
  return (
    // noValidate: the browser's own messages would be in the browser's language and styling, not ours.
    <form className="administration-form" noValidate onSubmit={(event) => void submit(event)}>
      <Paragraph>{t('accountForm.intro')}</Paragraph>
      {problem && (
        <Alert type="error" role="alert">
          <Paragraph>{t(`accountForm.problems.${problem.kind}`)}</Paragraph>
        </Alert>
      )}
      <Fieldset legend={t('accountForm.kind.legend')} className="form-fieldset">
        {NEW_ACCOUNT_KINDS.map((kind, index) => (
          <FormFieldRadio
            key={kind}
            name="kind"
            value={kind}
            label={t(`accountForm.kind.${kind}`)}
            description={t(`accountForm.kind.${kind}_description`)}
            checked={draft.kind === kind}
            radioRef={index === 0 ? kindRef : undefined}
            onChange={() => set('kind', kind)}
          />
        ))}
      </Fieldset>
      <FormFieldTextInput
        name="email"
        type="email"
        autoComplete="off"
        label={t('accountForm.email.label')}
        description={t('accountForm.email.description')}
        value={draft.email}
        invalid={Boolean(emailReason)}
        errorMessage={emailReason && t(`accountForm.email.errors.${emailReason}`)}
        inputRef={emailRef}
        onChange={(event) => {
          set('email', inputValue(event));
          setEmailTaken(false);
        }}
      />
      <FormFieldTextInput
        name="displayName"
        autoComplete="off"
        label={t('accountForm.displayName.label')}
        description={t('accountForm.displayName.description')}
        value={draft.displayName}
        invalid={Boolean(errors.displayName)}
        errorMessage={errors.displayName && t(`accountForm.displayName.errors.${errors.displayName}`)}
        inputRef={nameRef}
        onChange={(event) => set('displayName', inputValue(event))}
      />
      {isProfessional && (
        <FormFieldTextInput
          name="discipline"
          autoComplete="off"
          label={t('accountForm.discipline.label')}
          description={t('accountForm.discipline.description')}
          value={draft.discipline}
          invalid={Boolean(errors.discipline)}
          errorMessage={errors.discipline && t(`accountForm.discipline.errors.${errors.discipline}`)}
          inputRef={disciplineRef}
          onChange={(event) => set('discipline', inputValue(event))}
        />
      )}
      <FormFieldTextInput
        name="phone"
        type="tel"
        autoComplete="off"
        label={t('accountForm.phone.label')}
        description={t('accountForm.phone.description')}
        value={draft.phone}
        invalid={Boolean(errors.phone)}
        errorMessage={errors.phone && t(`accountForm.phone.errors.${errors.phone}`)}
        inputRef={phoneRef}
        onChange={(event) => set('phone', inputValue(event))}
      />
      <div className="administration-form__actions">
        <Button type="submit" appearance="primary-action-button" busy={creating}>
          {creating ? t('accountForm.submitting') : t('accountForm.submit')}
        </Button>
      </div>
      <div role="status">{created && <Paragraph>{t('accountForm.created', created)}</Paragraph>}</div>
    </form>
  );
}
