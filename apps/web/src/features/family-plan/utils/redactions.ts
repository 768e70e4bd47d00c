import { PlanItemFieldsFragment } from '../../../graphql/generated/graphql';

/** One "there is information" line: whose information, about whom, and whom to ask. */
export interface RedactionNotice {
  key: string;
  /** Who holds it: an organisation, or (for what the family or network wrote) a person. */
  holderType: PlanItemFieldsFragment['author']['type'];
  organisationName: string;
  aboutNames: readonly string[];
  contactName: string | null;
  contactPhone: string | null;
  contactEmail: string | null;
  /** How many items this line stands for. */
  count: number;
}

/**
 * Redacted items of one part of the plan, one line per organisation and
 * subject, in the order they first appear: three GGZ notes about the mother
 * are one line, not three identical ones.
 */
export function redactionNotices(items: readonly PlanItemFieldsFragment[]): RedactionNotice[] {
  const notices = new Map<string, RedactionNotice>();
  for (const item of items) {
    const redaction = item.access === 'REDACTED' ? item.redaction : null;
    if (!redaction) continue;
    const aboutNames = [...redaction.aboutNames].sort((a, b) => a.localeCompare(b, 'nl'));
    const key = JSON.stringify([item.author.type, redaction.organisationName, aboutNames]);
    const existing = notices.get(key);
    if (existing) {
      existing.count += 1;
      continue;
    }
    notices.set(key, {
      key,
      holderType: item.author.type,
      organisationName: redaction.organisationName,
      aboutNames,
      contactName: redaction.contactName ?? null,
      contactPhone: redaction.contactPhone ?? null,
      contactEmail: redaction.contactEmail ?? null,
      count: 1,
    });
  }
  return [...notices.values()];
}
