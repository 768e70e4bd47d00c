import { FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

/**
 * Why a field is marked. A schema names the reason as its message (see
 * `schema.ts`); a field the API rejected is `invalid`.
 */
export type FieldReason = 'empty' | 'tooLong' | 'tooShort' | 'invalid' | 'inFuture' | 'inPast' | 'choose';

const REASONS: readonly string[] = ['empty', 'tooLong', 'tooShort', 'invalid', 'inFuture', 'inPast', 'choose'];

/**
 * What a field says when it is marked: one text for every reason, or a text per
 * reason. A form may name reasons of its own (`alreadyInvolved`) next to the kit's.
 */
export type ErrorMessages = string | (Partial<Record<FieldReason, string>> & Readonly<Record<string, string | undefined>>);

/** The message under a marked field: the form's own words where it has them, the kit's otherwise. */
export function useFieldMessage(error: FieldError | undefined, messages: ErrorMessages | undefined): string | undefined {
  const { t } = useTranslation('shared');
  if (!error) return undefined;
  if (typeof messages === 'string') return messages;
  const given = error.message ?? '';
  const own = messages?.[given];
  if (own !== undefined) return own;
  const reason = (REASONS.includes(given) ? given : 'invalid') as FieldReason;
  return messages?.[reason] ?? t(`forms.errors.${reason}`);
}
