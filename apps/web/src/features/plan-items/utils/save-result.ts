import { CaseFormProblem, caseProblemOf } from '../../../shared/forms';
import { CurrentVersion, currentVersionOf } from './conflict';

/** The outcome of one save, for a form to show. */
export type SaveResult<F extends string> =
  | { ok: true }
  | { ok: false; problem: CaseFormProblem<F>; current: CurrentVersion | null };

export function failedSave<F extends string>(error: unknown, fields: readonly F[]): SaveResult<F> {
  return { ok: false, problem: caseProblemOf(error, fields), current: currentVersionOf(error) };
}
