import { CreateAccountInput } from '../../../graphql/generated/graphql';
import { checkEmailAddress } from '../../../shared/components/email-address';
import { checkOptionalPhoneNumber } from '../../../shared/components/phone-number';
import { FieldErrors } from '../../../shared/components/form-problem';

/** The accounts an administrator makes: professionals, and administrators of the organisation. */
export const NEW_ACCOUNT_KINDS = ['PROFESSIONAL', 'ORGANISATION_ADMIN'] as const;

export type NewAccountKind = (typeof NEW_ACCOUNT_KINDS)[number];

/** The form's fields, in its order; the API names the same ones when it rejects them. */
export const NEW_ACCOUNT_FIELDS = ['kind', 'email', 'displayName', 'discipline', 'phone'] as const;

export type NewAccountField = (typeof NEW_ACCOUNT_FIELDS)[number];

export interface NewAccountDraft {
  kind: NewAccountKind;
  email: string;
  displayName: string;
  /** Only for a professional, e.g. "intern begeleider". */
  discipline: string;
  phone: string;
}

export function emptyAccountDraft(kind: NewAccountKind): NewAccountDraft {
  return { kind, email: '', displayName: '', discipline: '', phone: '' };
}

/** What the API limits, checked before the administrator waits for it. */
const LIMITS = { displayName: 200, discipline: 200 } as const;

export function checkAccountDraft(draft: NewAccountDraft): FieldErrors<NewAccountField> {
  const errors: FieldErrors<NewAccountField> = {};
  const email = checkEmailAddress(draft.email);
  if (email) errors.email = email;
  const name = draft.displayName.trim();
  if (name === '') errors.displayName = 'empty';
  else if (name.length < 2) errors.displayName = 'invalid';
  else if (name.length > LIMITS.displayName) errors.displayName = 'tooLong';
  if (draft.kind === 'PROFESSIONAL' && draft.discipline.trim().length > LIMITS.discipline) errors.discipline = 'tooLong';
  const phone = checkOptionalPhoneNumber(draft.phone);
  if (phone) errors.phone = phone;
  return errors;
}

/** An administrator's discipline means nothing; empty optional fields are left out. */
export function createAccountInputOf(draft: NewAccountDraft, organisationId: string | undefined): CreateAccountInput {
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
