import { z } from 'zod';
import { CreateAccountInput } from '../../../graphql/generated/graphql';
import { optionalPhoneNumber, reason, requiredEmailAddress, requiredText } from '../../../shared/forms';

/** The accounts an administrator makes: professionals, and administrators of the organisation. */
export const NEW_ACCOUNT_KINDS = ['PROFESSIONAL', 'ORGANISATION_ADMIN'] as const;

export type NewAccountKind = (typeof NEW_ACCOUNT_KINDS)[number];

/** What the API limits, checked before the administrator waits for it. */
const LIMITS = { displayName: 200, discipline: 200 } as const;

/** A new account: an e-mail address and a name are needed, the rest is optional. */
export const newAccountSchema = z
  .object({
    kind: z.enum(NEW_ACCOUNT_KINDS, reason('invalid')),
    email: requiredEmailAddress(),
    displayName: requiredText(LIMITS.displayName, 2),
    // Checked only for a professional, the only one who has one (below).
    discipline: z.string().trim(),
    phone: optionalPhoneNumber(),
  })
  .superRefine(({ kind, discipline }, context) => {
    if (kind === 'PROFESSIONAL' && discipline.length > LIMITS.discipline) context.addIssue({ code: 'custom', path: ['discipline'], ...reason('tooLong') });
  });

export type NewAccountDraft = z.input<typeof newAccountSchema>;

export function emptyAccountDraft(kind: NewAccountKind): NewAccountDraft {
  return { kind, email: '', displayName: '', discipline: '', phone: '' };
}

/** An administrator's discipline means nothing; empty optional fields are left out. */
export function createAccountInputOf(draft: z.output<typeof newAccountSchema>, organisationId: string | undefined): CreateAccountInput {
  const optional = (text: string) => (text.trim() === '' ? null : text.trim());
  return {
    kind: draft.kind,
    email: draft.email.trim(),
    displayName: draft.displayName.trim(),
    discipline: draft.kind === 'PROFESSIONAL' ? optional(draft.discipline) : null,
    phone: optional(draft.phone),
    organisationId: organisationId ?? null,
  };
}
