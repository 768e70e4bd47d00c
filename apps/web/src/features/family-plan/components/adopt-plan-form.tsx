import { Paragraph } from '@rijkshuisstijl-community/components-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FormActions, KitForm, optionalText, TextareaField, useKitForm } from '../../../shared/forms';
import { useAdoptPlan } from '../hooks/use-adopt-plan';

interface AdoptPlanFormProps {
  familyId: string;
  nextNumber: number;
}

const schema = z.object({ note: optionalText() });

/** The regisseur freezes the plan as it is now, as the next numbered version, with an optional note. */
export function AdoptPlanForm({ familyId, nextNumber }: AdoptPlanFormProps) {
  const { t } = useTranslation('familyPlan');
  const { adopt } = useAdoptPlan(familyId);
  const kit = useKitForm({ schema, defaultValues: { note: '' } });
  const { control, formState, reset } = kit.form;
  const [adopted, setAdopted] = useState<number | null>(null);

  return (
    <KitForm
      kit={kit}
      className="plan-form"
      onSubmit={({ note }) => {
        setAdopted(null);
        return adopt(note);
      }}
      onSaved={(number) => {
        reset({ note: '' });
        setAdopted(number);
      }}
    >
      <Paragraph>{t('versions.adoptExplanation', { number: nextNumber })}</Paragraph>
      <TextareaField control={control} name="note" rows={3} label={t('versions.noteLabel')} description={t('versions.noteDescription')} />
      <FormActions
        submitLabel={t('versions.adopt', { number: nextNumber })}
        busy={formState.isSubmitting}
        busyLabel={t('versions.adopting')}
      />
      <div role="status">{adopted !== null && <Paragraph>{t('versions.adopted', { number: adopted })}</Paragraph>}</div>
    </KitForm>
  );
}
