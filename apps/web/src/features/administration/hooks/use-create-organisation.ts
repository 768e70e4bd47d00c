import { useMutation } from '@apollo/client/react';
import { OrganisationType } from '@gezinsplan/domain';
import { CreateOrganisationDocument, CreateOrganisationMutation, OrganisationsDocument } from '../../../graphql/generated/graphql';
import { FormProblem, formProblemOf } from '../../../shared/components/form-problem';
import { NEW_ORGANISATION_FIELDS, NewOrganisationField } from '../utils/new-organisation';

type CreatedOrganisation = CreateOrganisationMutation['createOrganisation'];

export function useCreateOrganisation() {
  const [mutate, { loading }] = useMutation(CreateOrganisationDocument, {
    // The list of organisations, if already loaded, shows the new one without asking the API again.
    update(cache, { data }) {
      const created = data?.createOrganisation;
      if (!created) return;
      cache.updateQuery({ query: OrganisationsDocument }, (current) =>
        current
          ? { organisations: [...current.organisations.filter((known) => known.id !== created.id), created].sort(byName) }
          : undefined,
      );
    },
  });

  /** Resolves to the new organisation, or to what the form should show. */
  const create = async (
    name: string,
    type: OrganisationType,
  ): Promise<{ organisation: CreatedOrganisation } | { problem: FormProblem<NewOrganisationField> }> => {
    try {
      const { data } = await mutate({ variables: { input: { name: name.trim(), type } } });
      if (!data) return { problem: { kind: 'unavailable' } };
      return { organisation: data.createOrganisation };
    } catch (error) {
      return { problem: formProblemOf(error, NEW_ORGANISATION_FIELDS) };
    }
  };

  return { create, creating: loading };
}

/** By name, as the API lists them. */
function byName(a: CreatedOrganisation, b: CreatedOrganisation): number {
  return a.name.localeCompare(b.name);
}
