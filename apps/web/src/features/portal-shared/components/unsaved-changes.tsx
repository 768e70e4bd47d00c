import { createContext, PropsWithChildren, useCallback, useContext, useEffect, useId, useState } from 'react';
import { useBlocker } from 'react-router-dom';
import { LeavePageDialog } from './leave-page-dialog';

type Report = (form: string, dirty: boolean) => void;

const UnsavedChangesContext = createContext<Report | null>(null);

/**
 * Warns before a page with unsaved text is left: inside the app with a
 * dialog of our own, and on reload, close or an outside link with the
 * browser's own question. One per page, because a router allows one blocker.
 */
export function UnsavedChangesGuard({ children }: PropsWithChildren) {
  const [dirtyForms, setDirtyForms] = useState<ReadonlySet<string>>(new Set());
  const report = useCallback<Report>((form, dirty) => {
    setDirtyForms((current) => {
      if (current.has(form) === dirty) return current;
      const next = new Set(current);
      if (dirty) next.add(form);
      else next.delete(form);
      return next;
    });
  }, []);
  const hasUnsavedChanges = dirtyForms.size > 0;

  // Only leaving the page counts: a link to a heading on the same page keeps what was typed.
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => hasUnsavedChanges && currentLocation.pathname !== nextLocation.pathname,
  );

  useEffect(() => {
    if (!hasUnsavedChanges) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [hasUnsavedChanges]);

  return (
    <UnsavedChangesContext.Provider value={report}>
      {children}
      {blocker.state === 'blocked' && <LeavePageDialog onStay={() => blocker.reset()} onLeave={() => blocker.proceed()} />}
    </UnsavedChangesContext.Provider>
  );
}

/** Tells the page's guard whether this form holds text that is not saved yet. */
export function useUnsavedChanges(dirty: boolean): void {
  const report = useContext(UnsavedChangesContext);
  const form = useId();
  useEffect(() => {
    report?.(form, dirty);
    return () => report?.(form, false);
  }, [report, form, dirty]);
}
