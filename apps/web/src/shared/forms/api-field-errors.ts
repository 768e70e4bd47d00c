import { ErrorCode } from '@gezinsplan/domain';
import { readApiError } from '../../graphql/api-error';

/**
 * The form field an API field problem is about, or null when the form has no
 * such field. The API names the fields of an `input` argument with that
 * prefix, and a nested field by its path (`members.0.givenName`,
 * `assignee.id`); the deepest part of that path the form holds a value for is
 * the field to mark. `aliases` maps an API name onto the form's, where they differ.
 */
export function formFieldOf(
  apiField: string,
  values: Record<string, unknown>,
  aliases: Readonly<Record<string, string>> = {},
): string | null {
  const name = apiField.startsWith('input.') ? apiField.slice('input.'.length) : apiField;
  const parts = (aliases[name] ?? name).split('.');
  for (let length = parts.length; length > 0; length--) {
    const path = parts.slice(0, length);
    if (valueAt(values, path) !== undefined) return path.join('.');
  }
  return null;
}

function valueAt(values: unknown, path: readonly string[]): unknown {
  let current = values;
  for (const part of path) {
    if (typeof current !== 'object' || current === null || !(part in current)) return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

/**
 * The form fields a failed save names, or null when it is not about fields the
 * person can fix: any other error, or rejected fields none of which the form shows.
 */
export function apiFieldErrors(
  error: unknown,
  values: Record<string, unknown>,
  aliases?: Readonly<Record<string, string>>,
): string[] | null {
  const apiError = readApiError(error);
  if (apiError?.code !== ErrorCode.BadUserInput) return null;
  const fields = apiError.fields
    .map((problem) => formFieldOf(problem.field, values, aliases))
    .filter((field): field is string => field !== null);
  return fields.length > 0 ? [...new Set(fields)] : null;
}
