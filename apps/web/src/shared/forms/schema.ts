import { z } from 'zod';
import { checkEmailAddress } from '../components/email-address';
import { checkOptionalPhoneNumber } from '../components/phone-number';
import { FieldReason } from './field-message';

/**
 * Building blocks for form schemas. Each check gives its reason as the
 * message, and the field turns that reason into words (`field-message.ts`).
 * Values are strings as typed; the schema's output is what the API takes.
 */
// No `abort`: it would also stop a form's cross-field checks. A field shows its first reason.
const reason = (why: FieldReason) => ({ message: why });

/** The longest text the API accepts in one field of a plan item. */
export const TEXT_LIMIT = 10_000;

/** A text that must be given: trimmed, not empty, not longer than `max`. */
export function requiredText(max = TEXT_LIMIT, min = 1) {
  return z
    .string()
    .trim()
    .min(1, reason('empty'))
    .min(min, reason('tooShort'))
    .max(max, reason('tooLong'));
}

/** A text that may be left empty; empty becomes `undefined`, so it is not sent. */
export function optionalText(max = TEXT_LIMIT) {
  return z
    .string()
    .trim()
    .max(max, reason('tooLong'))
    .transform((value) => (value === '' ? undefined : value));
}

/** A trimmed text that `check` accepts, or marked with the reason it gives. */
function checkedText(check: (text: string) => FieldReason | null) {
  return z
    .string()
    .trim()
    .superRefine((text, context) => {
      const why = check(text);
      if (why) context.addIssue({ code: 'custom', message: why });
    });
}

/** An e-mail address that must be given, looking like one (the API decides what a valid address is). */
export const requiredEmailAddress = () => checkedText(checkEmailAddress);

/** A phone number that may be left empty, with only what the API accepts in one. */
export const optionalPhoneNumber = () => checkedText(checkOptionalPhoneNumber);

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar day (`YYYY-MM-DD`, as a date input gives it) that must be given. */
export function requiredDay() {
  return z.string().min(1, reason('empty')).regex(ISO_DAY, reason('invalid'));
}

/** A calendar day that may be left empty; empty becomes `undefined`. */
export function optionalDay() {
  return z
    .string()
    .refine((value) => value === '' || ISO_DAY.test(value), reason('invalid'))
    .transform((value) => (value === '' ? undefined : value));
}

/** The values a choice can take: an enum-like object (`{ SAFETY: 'SAFETY', … }`), as the domain library has them. */
export type Choices = Readonly<Record<string, string>>;

/** A choice from a list (a select or radio buttons) that must be made. */
export function requiredChoice<const T extends Choices>(values: T) {
  return z
    .string()
    .min(1, reason('choose'))
    .pipe(z.enum(values, reason('invalid')));
}

/** A choice from a list that may be left open; empty becomes `undefined`. */
export function optionalChoice<const T extends Choices>(values: T) {
  return z
    .string()
    .transform((value) => (value === '' ? undefined : value))
    .pipe(z.enum(values, reason('invalid')).optional());
}

/** Several choices (checkboxes), at least one. */
export function someOf(min = 1) {
  return z.array(z.string()).min(min, reason('choose'));
}

export { reason };
