import { useQuery } from '@apollo/client/react';
import { InvitableOrganisationsDocument, InvitableProfessionalsDocument } from '../../../graphql/generated/graphql';

/** The organisations the regisseur can invite from, and the professionals of the one chosen. */
export function useInvitableProfessionals(familyId: string, organisationId: string) {
  const organisations = useQuery(InvitableOrganisationsDocument, { variables: { familyId } });
  const professionals = useQuery(InvitableProfessionalsDocument, {
    variables: { familyId, organisationId },
    skip: organisationId === '',
  });
  return {
    organisations: organisations.data?.invitableOrganisations ?? [],
    professionals: organisationId === '' ? [] : (professionals.data?.invitableProfessionals ?? []),
    loadingProfessionals: professionals.loading,
    failed: Boolean(organisations.error ?? professionals.error),
    retry: () => {
      void organisations.refetch().catch(() => undefined);
      if (organisationId !== '') void professionals.refetch().catch(() => undefined);
    },
  };
}
