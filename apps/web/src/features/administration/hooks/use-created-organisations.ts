import { makeVar } from '@apollo/client';
import { useReactiveVar } from '@apollo/client/react';
import { OrganisationType } from '@gezinsplan/domain';

export interface CreatedOrganisation {
  id: string;
  name: string;
  type: OrganisationType;
}

interface CreatedBy {
  /** The administrator who made them: another account signing in on this computer sees none of them. */
  viewerId: string;
  organisations: readonly CreatedOrganisation[];
}

/**
 * The organisations the signed-in platform administrator made since the page
 * was loaded. The API has no query that lists organisations, so this is the
 * only way back to one after leaving its page; kept in memory only.
 */
const created = makeVar<CreatedBy | null>(null);

export function rememberCreatedOrganisation(viewerId: string, organisation: CreatedOrganisation): void {
  const mine = created()?.viewerId === viewerId ? (created()?.organisations ?? []) : [];
  created({ viewerId, organisations: [...mine.filter((known) => known.id !== organisation.id), organisation] });
}

export function useCreatedOrganisations(viewerId: string): readonly CreatedOrganisation[] {
  const current = useReactiveVar(created);
  return current?.viewerId === viewerId ? current.organisations : [];
}
