/** What the regisseur just changed, carried to the plan page so that it can say so. */
export type FamilyChange =
  | { kind: 'started' }
  | { kind: 'memberAdded' | 'networkMemberAdded' | 'networkMemberUpdated'; name: string }
  /** A changed date of birth, role or authority may change who must consent. */
  | { kind: 'memberUpdated'; name: string; consentMayChange: boolean };

/** The change in a navigation's state, or null: anything else in it is ignored. */
export function familyChangeOf(state: unknown): FamilyChange | null {
  if (typeof state !== 'object' || state === null) return null;
  const change = (state as Record<string, unknown>)['familyChange'];
  if (typeof change !== 'object' || change === null) return null;
  const { kind, name, consentMayChange } = change as Record<string, unknown>;
  if (kind === 'started') return { kind };
  if (typeof name !== 'string') return null;
  if (kind === 'memberAdded' || kind === 'networkMemberAdded' || kind === 'networkMemberUpdated') return { kind, name };
  if (kind === 'memberUpdated') return { kind, name, consentMayChange: consentMayChange === true };
  return null;
}
