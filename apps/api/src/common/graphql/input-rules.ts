/**
 * The rules every argument of every operation meets before anything runs
 * (`input-validation.plugin.ts`), declared here and nowhere else. They are the
 * same for every resolver: a field's own rules in its `*.input.ts` (a minimum
 * length in the domain's words, an e-mail address, a BSN) come on top.
 *
 * A new input field is covered by its type (String, ID, a list) without
 * anything added here. Name it below only when it is long text or a date.
 */

/** The most characters of any text input not named in LONG_TEXT_FIELDS: a name, an address, a password (the web's password form says the same). */
export const DEFAULT_MAX_TEXT_LENGTH = 1_024;

/** The most characters of the long texts: notes, reasons, the plan's texts, the documented steps of a legal basis. */
export const LONG_TEXT_MAX_LENGTH = 10_000;

/** Input fields (or arguments) that hold long free text, by name, in any input type. */
export const LONG_TEXT_FIELDS: ReadonlySet<string> = new Set([
  'text',
  'note',
  'reason',
  'statusReason',
  'outcome',
  'changes',
  'planB',
  'safetyForChild',
  'safetyForParents',
  'safetyForProfessionals',
  'informingDelayReason',
  'notInformedReason',
  'purpose',
  'necessaryInformation',
  'proportionality',
  'subsidiarity',
  'professionalSecrecy',
  'explanation',
  'finalEvaluation',
]);

/** The most entries of any list input. */
export const MAX_LIST_LENGTH = 100;

/** The earliest date any date input may hold. */
export const EARLIEST_DATE = '1900-01-01';

/**
 * What a date input may be, by field name. Its format (a date, a date and
 * time) is the field's own rule; this is whether the moment makes sense.
 * - `past`: something that happened (born, told, occurred): not after now.
 * - `planned`: a date in a plan or a validity period: not more than
 *   PLANNED_YEARS_AHEAD years ahead.
 */
export const DATE_FIELDS: ReadonlyMap<string, 'past' | 'planned'> = new Map([
  ['dateOfBirth', 'past'],
  ['occurredOn', 'past'],
  ['informedAt', 'past'],
  ['familyInformedAt', 'past'],
  ['dueOn', 'planned'],
  ['startsOn', 'planned'],
  ['endsOn', 'planned'],
  ['nextEvaluationOn', 'planned'],
  ['validFrom', 'planned'],
  ['validUntil', 'planned'],
]);

export const PLANNED_YEARS_AHEAD = 25;

/**
 * How far ahead of the server's clock a `past` moment may lie: a date is a
 * whole day, and the person's clock and time zone differ from the server's.
 */
export const PAST_TOLERANCE_MS = 36 * 60 * 60 * 1000;
