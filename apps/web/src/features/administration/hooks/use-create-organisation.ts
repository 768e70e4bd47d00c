import { useMutation } from '@apollo/client/react';
import { OrganisationType } from '@gezinsplan/domain';
import { CreateOrganisationDocument, CreateOrganisationMutation, OrganisationsDocument } from '../../../graphql/generated/graphql';

type CreatedOrganisation = CreateOrganisationMutation['createOrganisation'];

export function useCreateOrganisation() {
  const [mutate] = useMutation(CreateOrganisationDocument, {
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

  /** Resolves to the new organisation; rejects with the API's error. */
  const create = async (name: string, type: OrganisationType): Promise<CreatedOrganisation> => {
    const { data } = await mutate({ variables: { input: { name, type } } });
    if (!data) throw new Error('The API answered without the new organisation.');
    return data.createOrganisation;
  };

  return { create };
}

/** By name, as the API lists them. */
function byName(a: CreatedOrganisation, b: CreatedOrganisation): number {
  return a.name.localeCompare(b.name);
}
