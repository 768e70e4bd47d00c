import { ActionGroup, Button, Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { createContext, PropsWithChildren, useCallback, useContext, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router-dom';

type ReportDirty = (formId: string, dirty: boolean) => void;

const DirtyFormsContext = createContext<ReportDirty | null>(null);

/**
 * Guards a page with forms, for professionals and in the family portal alike:
 * while any form on it holds unsaved input, leaving the page inside the app
 * asks first, and closing or reloading the tab makes the browser ask. A link
 * to a heading on the same page keeps what was typed, so it does not ask.
 * One guard per page, because the router allows one blocker.
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
      {blocker.state === 'blocked' && (
        <LeaveConfirmation onStay={() => blocker.reset()} onLeave={() => blocker.proceed()} />
      )}
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
  onStay: () => void;
  onLeave: () => void;
}

/** A modal question: stay and save, or leave and lose the input. Escape means stay. */
function LeaveConfirmation({ onStay, onLeave }: LeaveConfirmationProps) {
  const { t } = useTranslation('shared');
  const dialog = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const messageId = useId();

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    // A modal dialog keeps the keyboard and screen readers inside it; where it is missing, it is simply shown.
    if (typeof element.showModal === 'function') element.showModal();
    else element.setAttribute('open', '');
    return () => {
      if (typeof element.close === 'function') element.close();
    };
  }, []);

  return (
    <dialog
      ref={dialog}
      className="unsaved-changes-dialog"
      aria-labelledby={headingId}
      aria-describedby={messageId}
      onCancel={(event) => {
        event.preventDefault();
        onStay();
      }}
    >
      <Heading level={2} appearanceLevel={3} id={headingId}>
        {t('unsavedChanges.title')}
      </Heading>
      <Paragraph id={messageId}>{t('unsavedChanges.message')}</Paragraph>
      <ActionGroup>
        <Button appearance="primary-action-button" onClick={onStay} autoFocus>
          {t('unsavedChanges.stay')}
        </Button>
        <Button appearance="secondary-action-button" onClick={onLeave}>
          {t('unsavedChanges.leave')}
        </Button>
      </ActionGroup>
    </dialog>
  );
}
