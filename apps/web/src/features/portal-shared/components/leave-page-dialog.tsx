import { Button, ActionGroup, Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';

interface LeavePageDialogProps {
  onStay: () => void;
  onLeave: () => void;
}

/** Asks whether to leave a page on which something was typed that is not saved. Escape means stay. */
export function LeavePageDialog({ onStay, onLeave }: LeavePageDialogProps) {
  const { t } = useTranslation('portal');
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
      className="portal-dialog"
      aria-labelledby={headingId}
      aria-describedby={messageId}
      onCancel={(event) => {
        event.preventDefault();
        onStay();
      }}
    >
      <Heading level={2} id={headingId}>
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
