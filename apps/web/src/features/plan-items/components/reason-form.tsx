import { Button, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { PlanItemFieldsFragment } from '../../../graphql/generated/graphql';
import { FormActions, KitForm, requiredText, TEXT_LIMIT, TextareaField, useKitForm } from '../../../shared/forms';
import { useConflictingVersion } from '../hooks/use-conflicting-version';
import { ConflictNotice } from './conflict-notice';

/** The API asks at least this much of a reason, and takes at most this much per kind of change. */
const MINIMUM_REASON_LENGTH = 3;
const MAXIMUM_REASON_LENGTH: Record<ReasonKind, number> = { remove: 2000, withhold: 2000, notKept: TEXT_LIMIT };

/**
 * Which change the reason is for; its texts are under that key in `planItems`: the explanation,
 * the reason's label, its one message whatever is wrong with it (the API's refusal included),
 * the button, and the button that does it anyway to the other person's version after a conflict.
 */
export type ReasonKind = 'remove' | 'notKept' | 'withhold';

interface ReasonFormProps {
  item: PlanItemFieldsFragment;
  kind: ReasonKind;
  /** Saves the change with its (trimmed) reason to the given version; a refusal is thrown for the form to show. */
  onSubmit: (version: number, reason: string) => Promise<void>;
  onDone: (saved: boolean) => void;
}

/** A change that needs a written reason: removing an item, an agreement not kept, withholding from the family. */
export function ReasonForm({ item, kind, onSubmit, onDone }: ReasonFormProps) {
  const { t } = useTranslation('planItems');
  const { baseVersion, current, theirsArrived } = useConflictingVersion(item);
  const maximum = MAXIMUM_REASON_LENGTH[kind];
  const schema = useMemo(() => z.object({ reason: requiredText(maximum, MINIMUM_REASON_LENGTH) }), [maximum]);
  const kit = useKitForm({ schema, defaultValues: { reason: '' }, focusOnOpen: 'reason' });
  const { control, formState } = kit.form;

  return (
    <KitForm
      kit={kit}
      className="kit-form kit-form--inline"
      onSubmit={(values) => onSubmit(baseVersion, values.reason)}
      onSaved={() => onDone(true)}
      onFailure={theirsArrived}
    >
      {current && (
        <ConflictNotice current={current} saveLabel={t(`${kind}.submitAnyway`)} busy={formState.isSubmitting}>
          <Button type="button" appearance="secondary-action-button" onClick={() => onDone(false)}>
            {t('actions.cancel')}
          </Button>
        </ConflictNotice>
      )}
      <Paragraph>{t(`${kind}.explanation`)}</Paragraph>
      <TextareaField control={control} name="reason" label={t(`${kind}.reasonLabel`)} rows={3} errorMessage={{
          empty: t(`${kind}.reasonError`),
          tooShort: t(`${kind}.reasonError`),
          invalid: t(`${kind}.reasonError`),
          tooLong: t('reasonTooLong', { maximum }),
        }}
      />
      {!current && <FormActions submitLabel={t(`${kind}.submit`)} busy={formState.isSubmitting} onCancel={() => onDone(false)} />}
    </KitForm>
  );
}
