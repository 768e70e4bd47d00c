const RULES = ['UNDER_12', 'FROM_12_TO_15', 'FROM_16', 'ADULT'] as const;

/** Which consent rule the API applied to a member today, from their age. */
export type ConsentRule = (typeof RULES)[number];

export const isConsentRule = (rule: string): rule is ConsentRule => (RULES as readonly string[]).includes(rule);

/** Who must consent for one member today, as the API computed it. */
export interface ConsentRequirementFacts {
  rule: string;
  requiredConsenterIds: readonly string[];
  requiredInstitutionId?: string | null;
}

/** Which words say a rule: the rule itself, or its variant where an institution holds authority. */
export type ConsentRuleText = ConsentRule | 'UNDER_12_INSTITUTION' | 'FROM_12_TO_15_INSTITUTION';

/**
 * Which of the `requirements.rules` texts says this rule, or null for a rule this client does not
 * know. Under 16, a certified institution with parental authority decides where the parents
 * would: the page must not say "the parents decide" above "consent needed from the institution".
 */
export function consentRuleText(requirement: ConsentRequirementFacts): ConsentRuleText | null {
  const { rule } = requirement;
  if (!isConsentRule(rule)) return null;
  if (requirement.requiredInstitutionId && (rule === 'UNDER_12' || rule === 'FROM_12_TO_15')) return `${rule}_INSTITUTION`;
  return rule;
}

/** Who must consent, by name: the institution with authority first, then the family members. */
export function consentersOf(
  requirement: ConsentRequirementFacts,
  institutions: ReadonlyArray<{ organisationId: string; organisationName: string }>,
  memberNames: (ids: readonly string[]) => string,
): string {
  const institution = institutions.find((candidate) => candidate.organisationId === requirement.requiredInstitutionId)?.organisationName;
  return [institution, memberNames(requirement.requiredConsenterIds)].filter(Boolean).join(', ');
}
