import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FormActions, KitForm, requiredText, TextareaField, useKitForm } from '../../../shared/forms';
import { ResponseKind, useRespond } from '../hooks/use-respond';

interface RespondFormProps {
  familyId: string;
  targetItemId: string;
  kind: ResponseKind;
  /** Called with true once the response is saved, with false when the person cancels. */
  onClose: (saved: boolean) => void;
}

const schema = z.object({ text: requiredText() });

/** Writing a comment, or the family's own view, under one item of the plan. */
export function RespondForm({ familyId, targetItemId, kind, onClose }: RespondFormProps) {
  const { t } = useTranslation('familyPortal');
  const { respond } = useRespond(familyId);
  const kit = useKitForm({ schema, defaultValues: { text: '' }, focusOnOpen: 'text' });
  const { control, formState } = kit.form;

  return (
    <KitForm
      kit={kit}
      className="portal-form portal-form--respond"
      audience="family"
      onSubmit={({ text }) => respond(targetItemId, kind, text)}
      onSaved={() => onClose(true)}
    >
      <TextareaField
        control={control}
        name="text"
        label={t(`respond.${kind}.label`)}
        description={`${t(`respond.${kind}.hint`)} ${t('respond.permanent')}`}
        errorMessage={{
          empty: t('respond.errors.empty'),
          tooLong: t('respond.errors.tooLong'),
          invalid: t('respond.errors.invalid'),
        }}
      />
      <FormActions
        submitLabel={t(`respond.${kind}.submit`)}
        busy={formState.isSubmitting}
        busyLabel={t('respond.submitting')}
        onCancel={() => onClose(false)}
        cancelLabel={t('respond.cancel')}
      />
    </KitForm>
  );
}
