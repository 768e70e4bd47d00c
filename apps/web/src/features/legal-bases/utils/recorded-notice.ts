/** The navigation state after recording a legal basis: whom it lets receive information without consent. */
export interface LegalBasisRecordedState {
  legalBasisRecordedFor: string;
}

export function legalBasisRecordedFor(state: unknown): string | null {
  if (typeof state !== 'object' || state === null) return null;
  const name = (state as Record<string, unknown>)['legalBasisRecordedFor'];
  return typeof name === 'string' ? name : null;
}
