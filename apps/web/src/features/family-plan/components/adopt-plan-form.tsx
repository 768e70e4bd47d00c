import { Button, FormFieldTextarea, Paragraph } from '@rijkshuisstijl-community/components-react';
import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnsavedChanges } from '../../../shared/components/unsaved-changes';
import { FormProblemAlert } from '../../../shared/forms';
import { useAdoptPlan } from '../hooks/use-adopt-plan';
import { inputValue } from '../../../shared/components/input-value';

interface AdoptPlanFormProps {
  familyId: string;
  nextNumber: number;
}

/** The regisseur freezes the plan as it is now, as the next numbered version, with an optional note. */
export function AdoptPlanForm({ familyId, nextNumber }: AdoptPlanFormProps) {
  const { t } = useTranslation('familyPlan');
  const { adopt, adopting } = useAdoptPlan(familyId);
  const [note, setNote] = useState('');
  const [adopted, setAdopted] = useState<number | null>(null);
  const [failure, setFailure] = useState<'notFound' | 'unavailable' | null>(null);
  useUnsavedChanges(note.trim() !== '');

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (adopting) return;
    setFailure(null);
    setAdopted(null);
    const result = await adopt(note);
    if ('number' in result) {
      setNote('');
      setAdopted(result.number);
    } else {
      setFailure(result.problem.kind === 'unavailable' ? 'unavailable' : 'notFound');
    }
  };

  return (
    <form className="plan-form" noValidate onSubmit={(event) => void submit(event)}>
      {failure && <FormProblemAlert problem={failure} />}
      <Paragraph>{t('versions.adoptExplanation', { number: nextNumber })}</Paragraph>
      <FormFieldTextarea
        name="note"
        label={t('versions.noteLabel')}
        description={t('versions.noteDescription')}
        value={note}
        rows={3}
        onChange={(event) => setNote(inputValue(event))}
      />
      <div className="plan-form__actions">
        <Button type="submit" appearance="primary-action-button" busy={adopting}>
          {adopting ? t('versions.adopting') : t('versions.adopt', { number: nextNumber })}
        </Button>
      </div>
      <div role="status">{adopted !== null && <Paragraph>{t('versions.adopted', { number: adopted })}</Paragraph>}</div>
    </form>
  );
}
