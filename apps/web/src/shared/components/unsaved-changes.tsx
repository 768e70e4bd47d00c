import { ActionGroup, Button, Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { createContext, PropsWithChildren, useCallback, useContext, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Blocker, useBlocker } from 'react-router-dom';

type ReportDirty = (formId: string, dirty: boolean) => void;

const DirtyFormsContext = createContext<ReportDirty | null>(null);

/**
 * Guards a page with forms: while any form on it holds unsaved input, leaving
 * the page inside the app asks first, and closing or reloading the tab makes
 * the browser ask. One guard per page, because the router allows one blocker.
 */
export function UnsavedChangesGuard({ children }: PropsWithChildren) {
  // A ref, read by the blocker when a navigation starts: a form that has just saved can move on
  // in the same moment it reports that it is clean, before any re-render.
  const dirtyForms = useRef(new Set<string>());
  const [hasUnsavedChanges, setHasUnsavedChanges] = useState(false);
  const report = useCallback<ReportDirty>((formId, dirty) => {
    if (dirty) dirtyForms.current.add(formId);
    else dirtyForms.current.delete(formId);
    setHasUnsavedChanges(dirtyForms.current.size > 0);
  }, []);
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirtyForms.current.size > 0 && currentLocation.pathname !== nextLocation.pathname,
  );

  useEffect(() => {
    if (!hasUnsavedChanges) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [hasUnsavedChanges]);

  return (
    <DirtyFormsContext.Provider value={report}>
      {children}
      {blocker.state === 'blocked' && <LeaveConfirmation blocker={blocker} />}
    </DirtyFormsContext.Provider>
  );
}

/** Tells the page's guard whether this form holds unsaved input. Does nothing outside a guard. */
export function useUnsavedChanges(dirty: boolean): void {
  const report = useContext(DirtyFormsContext);
  const formId = useId();
  useEffect(() => {
    report?.(formId, dirty);
    return () => report?.(formId, false);
  }, [report, formId, dirty]);
}

interface LeaveConfirmationProps {
  blocker: Blocker;
}

/** A modal question: stay and save, or leave and lose the input. Escape means stay. */
function LeaveConfirmation({ blocker }: LeaveConfirmationProps) {
  const { t } = useTranslation('shared');
  const dialog = useRef<HTMLDialogElement>(null);
  const headingId = useId();

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open && typeof element.showModal === 'function') element.showModal();
  }, []);

  const stay = () => blocker.reset?.();
  return (
    <dialog
      ref={dialog}
      className="unsaved-changes-dialog"
      aria-labelledby={headingId}
      onCancel={(event) => {
        event.preventDefault();
        stay();
      }}
    >
      <Heading level={2} appearanceLevel={3} id={headingId}>
        {t('unsavedChanges.title')}
      </Heading>
      <Paragraph>{t('unsavedChanges.message')}</Paragraph>
      <ActionGroup>
        <Button appearance="primary-action-button" onClick={stay}>
          {t('unsavedChanges.stay')}
        </Button>
        <Button appearance="secondary-action-button" onClick={() => blocker.proceed?.()}>
          {t('unsavedChanges.leave')}
        </Button>
      </ActionGroup>
    </dialog>
  );
}
