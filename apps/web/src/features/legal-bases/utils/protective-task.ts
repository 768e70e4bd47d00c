/**
 * The organisations whose task may need information without consent, on a
 * recorded legal basis (domain.md section 5): Veilig Thuis, youth protection,
 * the Child Protection Board and the police. For other partners the plan
 * asks for consent; the API itself accepts a legal basis for any involvement.
 */
const PROTECTIVE_ORGANISATION_TYPES: readonly string[] = ['VEILIG_THUIS', 'YOUTH_PROTECTION', 'CHILD_PROTECTION_BOARD', 'POLICE'];

export function isProtectiveTask(involvement: { organisationType: string }): boolean {
  return PROTECTIVE_ORGANISATION_TYPES.includes(involvement.organisationType);
}
