import { OrganisationType } from '@gezinsplan/domain';

export interface Candidate {
  organisationType: string;
  registeredAt: Date;
}

/**
 * The documented, configurable rule for proposing a regisseur from a match:
 * organisation types in the configured order (default: youth protection,
 * Veilig Thuis, the neighbourhood team), anyone else after them, and within
 * one rank the earliest signal. The professionals confirm or choose otherwise.
 */
export function proposeRegisseur<T extends Candidate>(candidates: readonly T[], priority: readonly OrganisationType[]): T | null {
  const rank = (candidate: Candidate) => {
    const index = (priority as readonly string[]).indexOf(candidate.organisationType);
    return index === -1 ? priority.length : index;
  };
  return (
    [...candidates].sort((a, b) => rank(a) - rank(b) || a.registeredAt.getTime() - b.registeredAt.getTime())[0] ?? null
  );
}
