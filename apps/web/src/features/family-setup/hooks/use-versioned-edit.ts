import { FormEvent, useEffect, useState } from 'react';
import { FieldErrors, CaseFormProblem } from '../../../shared/components/form-problem';
import { useUnsavedChanges } from '../../../shared/components/unsaved-changes';
import { FormWideProblem } from '../../../shared/forms';

type SaveResult<F extends string, C> = { ok: true } | { ok: false; problem: CaseFormProblem<F>; current: C | null };

interface VersionedEditOptions<D, C extends { version: number }, F extends string, S> {
  /** The version the person opened. */
  opened: C;
  detailsOf: (current: C) => D;
  same: (a: D, b: D) => boolean;
  check: (details: D) => FieldErrors<F>;
  update: (expectedVersion: number, details: D) => Promise<SaveResult<F, C>>;
  /** What the page says once saved; it is handed to `onSaved` once the form is clean. */
  savedAs: (details: D, started: D) => S;
  onSaved: (saved: S) => void;
  updating: boolean;
}

/**
 * Editing one record against the version that was opened. When someone else
 * saved in the meantime, their version is kept to show (`current`) and the
 * person's own input stays: saving again saves over theirs, or the person
 * starts again from theirs.
 */
export function useVersionedEdit<D, C extends { version: number }, F extends string, S>({
  opened,
  detailsOf,
  same,
  check,
  update,
  savedAs,
  onSaved,
  updating,
}: VersionedEditOptions<D, C, F, S>) {
  const [start, setStart] = useState(() => ({ details: detailsOf(opened), version: opened.version }));
  const [details, setDetails] = useState<D>(start.details);
  const [errors, setErrors] = useState<FieldErrors<F>>({});
  const [current, setCurrent] = useState<C | null>(null);
  const [problem, setProblem] = useState<FormWideProblem | null>(null);
  const [saved, setSaved] = useState<{ as: S } | null>(null);
  useUnsavedChanges(saved === null && !same(details, start.details));

  // Once the form reports itself clean, leaving does not ask.
  useEffect(() => {
    if (saved) onSaved(saved.as);
    // Only the save itself moves on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [saved]);

  const save = async (event?: FormEvent<HTMLFormElement>) => {
    event?.preventDefault();
    if (updating) return;
    setProblem(null);
    const found = check(details);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const result = await update(start.version, details);
    if (result.ok) setSaved({ as: savedAs(details, start.details) });
    else if (result.problem.kind === 'conflict' && result.current) {
      const theirs = result.current;
      setCurrent(theirs);
      // Saving again means: over their version, which this person has now seen.
      setStart((previous) => ({ ...previous, version: theirs.version }));
    } else if (result.problem.kind === 'fields') setErrors(result.problem.fields);
    else setProblem(result.problem.kind === 'conflict' ? 'unavailable' : result.problem.kind);
  };

  const startFromTheirs = (theirs: C) => {
    const theirDetails = detailsOf(theirs);
    setStart({ details: theirDetails, version: theirs.version });
    setDetails(theirDetails);
    setCurrent(null);
  };

  const change = (part: Partial<D>) => setDetails((previous) => ({ ...previous, ...part }));

  return { details, change, errors, current, problem, save, startFromTheirs };
}
