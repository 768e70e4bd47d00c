import { ErrorCode, ORGANISATION_TYPES } from '@gezinsplan/domain';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { generatePath, useNavigate } from 'react-router-dom';
import { readApiError } from '../../../graphql/api-error';
import { FormActions, OwnWordsProblem, KitForm, SelectField, TextField, useKitForm } from '../../../shared/forms';
import { PATHS } from '../../../shared/paths';
import { useCreateOrganisation } from '../hooks/use-create-organisation';
import { EMPTY_ORGANISATION, newOrganisationSchema } from '../utils/new-organisation';

/** Which message a failed save gets: the form only makes, so there is nothing to lose or to have changed meanwhile. */
const MESSAGE_OF: Record<OwnWordsProblem, 'notAllowed' | 'signedOut' | 'unavailable'> = {
  conflict: 'unavailable',
  notFound: 'unavailable',
  notAllowed: 'notAllowed',
  signedOut: 'signedOut',
  unavailable: 'unavailable',
  planClosed: 'unavailable',
};

/** The platform administrator makes an organisation, then goes on to its accounts. */
export function CreateOrganisationForm() {
  const { t } = useTranslation('administration');
  const navigate = useNavigate();
  const { create } = useCreateOrganisation();
  const kit = useKitForm({ schema: newOrganisationSchema, defaultValues: EMPTY_ORGANISATION });
  const { control, formState } = kit.form;

  // In the order of the language the person reads, not of the codes.
  const types = useMemo(
    () => ORGANISATION_TYPES.map((type) => ({ value: type, label: t(`organisationTypes.${type}`) })).sort((a, b) => a.label.localeCompare(b.label)),
    [t],
  );
  const nameMessage = t('organisationForm.name.errors.invalid');

  return (
    <KitForm
      kit={kit}
      className="kit-form"
      onSubmit={({ name, type }) => create(name, type)}
      onSaved={(created) =>
        navigate(generatePath(PATHS.administrationOrganisation, { organisationId: created.id }), { state: { createdOrganisation: created.name } })
      }
      onFailure={(error) => {
        // The API's one conflict here: an organisation of this kind has this name already.
        if (readApiError(error)?.code !== ErrorCode.Conflict) return false;
        kit.form.setError('name', { type: 'api', message: 'taken' });
        return true;
      }}
      problemMessage={(problem) => t(`organisationForm.problems.${MESSAGE_OF[problem]}`)}
    >
      <TextField
        control={control}
        name="name"
        autoComplete="organization"
        label={t('organisationForm.name.label')}
        description={t('organisationForm.name.description')}
        errorMessage={{ empty: t('organisationForm.name.errors.empty'), tooShort: nameMessage, invalid: nameMessage, tooLong: t('organisationForm.name.errors.tooLong'), taken: t('organisationForm.name.errors.taken') }}
      />
      <SelectField
        control={control}
        name="type"
        label={t('organisationForm.type.label')}
        placeholder={t('organisationForm.type.placeholder')}
        options={types}
        errorMessage={t('organisationForm.type.error')}
      />
      <FormActions submitLabel={t('organisationForm.submit')} busy={formState.isSubmitting} busyLabel={t('organisationForm.submitting')} />
    </KitForm>
  );
}
