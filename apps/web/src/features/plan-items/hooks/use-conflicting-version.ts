import { useState } from 'react';
import { versionToChange } from '../../../shared/utils/version-to-change';
import { CurrentVersion, currentVersionOf } from '../utils/conflict';
import { useRefreshPlanAfterConflict } from './use-refresh-plan-after-conflict';

/**
 * The version a change applies to: the one on screen, or, after someone else saved meanwhile
 * (CONFLICT), theirs, shown to the person (`current`) while the plan is read again. The next save
 * applies to their version only because the person chose to save again after seeing it.
 */
export function useConflictingVersion(item: { version?: number | null }) {
  const refreshPlan = useRefreshPlanAfterConflict();
  const [baseVersion, setBaseVersion] = useState(versionToChange(item));
  const [current, setCurrent] = useState<CurrentVersion | null>(null);
  /** A form's `onFailure`: true when the failure was someone else's newer version, now shown. */
  const theirsArrived = (error: unknown): boolean => {
    const theirs = currentVersionOf(error);
    if (!theirs) return false;
    setCurrent(theirs);
    setBaseVersion(theirs.version);
    void refreshPlan();
    return true;
  };
  return { baseVersion, current, theirsArrived, dismissTheirs: () => setCurrent(null) };
}
