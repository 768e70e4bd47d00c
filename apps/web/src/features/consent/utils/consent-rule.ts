const RULES = ['UNDER_12', 'FROM_12_TO_15', 'FROM_16', 'ADULT'] as const;

/** Which consent rule the API applied to a member today, from their age. */
export type ConsentRule = (typeof RULES)[number];

export const isConsentRule = (rule: string): rule is ConsentRule => (RULES as readonly string[]).includes(rule);
