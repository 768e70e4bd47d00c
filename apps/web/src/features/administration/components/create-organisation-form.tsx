import { Alert, Button, FormFieldSelect, FormFieldTextInput, Paragraph, SelectOption } from '@rijkshuisstijl-community/components-react';
import { ORGANISATION_TYPES } from '@gezinsplan/domain';
import { FormEvent, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { generatePath, useNavigate } from 'react-router-dom';
import { FieldErrors, FormProblem } from '../../../shared/components/form-problem';
import { inputValue } from '../../../shared/components/input-value';
import { useUnsavedChanges } from '../../../shared/components/unsaved-changes';
import { PATHS } from '../../../shared/paths';
import { useCreateOrganisation } from '../hooks/use-create-organisation';
import {
  checkOrganisationDraft,
  isOrganisationType,
  NewOrganisationDraft,
  NewOrganisationField,
} from '../utils/new-organisation';

type FormWideProblem = Exclude<FormProblem<NewOrganisationField>, { kind: 'fields' }>;

const EMPTY: NewOrganisationDraft = { name: '', type: '' };

/** Which message a problem the form cannot place at a field gets: the form only makes, so there is nothing to lose. */
const MESSAGE_OF: Record<FormWideProblem['kind'], 'notAllowed' | 'signedOut' | 'unavailable'> = {
  conflict: 'unavailable',
  notFound: 'unavailable',
  notAllowed: 'notAllowed',
  signedOut: 'signedOut',
  unavailable: 'unavailable',
};

/** The platform administrator makes an organisation, then goes on to its accounts. */
export function CreateOrganisationForm() {
  const { t } = useTranslation('administration');
  const navigate = useNavigate();
  const { create, creating } = useCreateOrganisation();
  const [draft, setDraft] = useState<NewOrganisationDraft>(EMPTY);
  const [errors, setErrors] = useState<FieldErrors<NewOrganisationField>>({});
  const [problem, setProblem] = useState<FormWideProblem | null>(null);
  const [created, setCreated] = useState<{ id: string; name: string } | null>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const typeRef = useRef<HTMLSelectElement>(null);
  useUnsavedChanges(created === null && (draft.name.trim() !== '' || draft.type !== ''));

  // In the order of the language the person reads, not of the codes.
  const types = useMemo(
    () =>
      ORGANISATION_TYPES.map((type) => ({ type, label: t(`organisationTypes.${type}`) })).sort((a, b) =>
        a.label.localeCompare(b.label),
      ),
    [t],
  );

  useEffect(() => {
    if (errors.name) nameRef.current?.focus();
    else if (errors.type) typeRef.current?.focus();
  }, [errors]);

  // Once the form no longer counts as unsaved, so that leaving the page does not ask.
  useEffect(() => {
    if (!created) return;
    navigate(generatePath(PATHS.administrationOrganisation, { organisationId: created.id }), {
      state: { createdOrganisation: created.name },
    });
  }, [created, navigate]);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (creating) return;
    setProblem(null);
    const found = checkOrganisationDraft(draft);
    setErrors(found);
    if (Object.keys(found).length > 0 || draft.type === '') return;
    const result = await create(draft.name, draft.type);
    if ('organisation' in result) setCreated({ id: result.organisation.id, name: result.organisation.name });
    else if (result.problem.kind === 'fields') setErrors(result.problem.fields);
    else setProblem(result.problem);
  };

  return (
    // noValidate: the browser's own messages would be in the browser's language and styling, not ours.
    <form className="administration-form" noValidate onSubmit={(event) => void submit(event)}>
      {problem && (
        <Alert type="error" role="alert">
          <Paragraph>{t(`organisationForm.problems.${MESSAGE_OF[problem.kind]}`)}</Paragraph>
        </Alert>
      )}
      <FormFieldTextInput
        name="name"
        autoComplete="organization"
        label={t('organisationForm.name.label')}
        description={t('organisationForm.name.description')}
        value={draft.name}
        invalid={Boolean(errors.name)}
        errorMessage={errors.name && t(`organisationForm.name.errors.${errors.name}`)}
        inputRef={nameRef}
        onChange={(event) => setDraft((current) => ({ ...current, name: inputValue(event) }))}
      />
      <FormFieldSelect
        name="type"
        label={t('organisationForm.type.label')}
        value={draft.type}
        invalid={Boolean(errors.type)}
        errorMessage={t('organisationForm.type.error')}
        selectRef={typeRef}
        onChange={(event) => {
          const value = inputValue(event);
          setDraft((current) => ({ ...current, type: isOrganisationType(value) ? value : '' }));
        }}
      >
        <SelectOption value="">{t('organisationForm.type.placeholder')}</SelectOption>
        {types.map(({ type, label }) => (
          <SelectOption key={type} value={type}>
            {label}
          </SelectOption>
        ))}
      </FormFieldSelect>
      <div className="administration-form__actions">
        <Button type="submit" appearance="primary-action-button" busy={creating}>
          {creating ? t('organisationForm.submitting') : t('organisationForm.submit')}
        </Button>
      </div>
    </form>
  );
}
