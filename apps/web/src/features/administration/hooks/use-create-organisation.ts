import { useMutation } from '@apollo/client/react';
import { OrganisationType } from '@gezinsplan/domain';
import { CreateOrganisationDocument } from '../../../graphql/generated/graphql';
import { FormProblem, formProblemOf } from '../../../shared/components/form-problem';
import { NEW_ORGANISATION_FIELDS, NewOrganisationField } from '../utils/new-organisation';
import { CreatedOrganisation, rememberCreatedOrganisation } from './use-created-organisations';

export function useCreateOrganisation(viewerId: string) {
  const [mutate, { loading }] = useMutation(CreateOrganisationDocument);

  /** Resolves to the new organisation, or to what the form should show. */
  const create = async (
    name: string,
    type: OrganisationType,
  ): Promise<{ organisation: CreatedOrganisation } | { problem: FormProblem<NewOrganisationField> }> => {
    try {
      const { data } = await mutate({ variables: { input: { name: name.trim(), type } } });
      if (!data) return { problem: { kind: 'unavailable' } };
      const organisation = data.createOrganisation;
      rememberCreatedOrganisation(viewerId, organisation);
      return { organisation };
    } catch (error) {
      return { problem: formProblemOf(error, NEW_ORGANISATION_FIELDS) };
    }
  };

  return { create, creating: loading };
}
