import { Button } from '@rijkshuisstijl-community/components-react';
import { useTranslation } from 'react-i18next';

interface FormActionsProps {
  /** What the button does, in the form's words ("Doel toevoegen"). */
  submitLabel: string;
  busy: boolean;
  /** What the button says while it saves, where "saving" is not the word ("Bezig met afgeven…"). */
  busyLabel?: string;
  /** Leaves the form without saving; no cancel button without it. */
  onCancel?: () => void;
  cancelLabel?: string;
}

/** The form's buttons: save (saying it is busy while it saves) and, where the form can be left, cancel. */
export function FormActions({ submitLabel, busy, busyLabel, onCancel, cancelLabel }: FormActionsProps) {
  const { t } = useTranslation('shared');
  return (
    <div className="kit-form__actions">
      <Button type="submit" appearance="primary-action-button" busy={busy}>
        {busy ? (busyLabel ?? t('forms.saving')) : submitLabel}
      </Button>
      {onCancel && (
        <Button type="button" appearance="secondary-action-button" onClick={onCancel}>
          {cancelLabel ?? t('forms.cancel')}
        </Button>
      )}
    </div>
  );
}
