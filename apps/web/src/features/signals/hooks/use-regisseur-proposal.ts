import { useQuery } from '@apollo/client/react';
import { RegisseurProposalDocument } from '../../../graphql/generated/graphql';

/** Whom the configured rule proposes for a plan with these young people; asked again when the choice changes. */
export function useRegisseurProposal(subjectIds: readonly string[]) {
  const { data, loading, error } = useQuery(RegisseurProposalDocument, {
    variables: { subjectIds: [...subjectIds] },
    skip: subjectIds.length === 0,
    fetchPolicy: 'network-only',
  });
  return { proposal: data?.regisseurProposal ?? null, loading: loading && !data, failed: Boolean(error) };
}
