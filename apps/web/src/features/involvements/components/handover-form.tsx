import { Button, Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { generatePath, useNavigate } from 'react-router-dom';
import { z } from 'zod';
import { InvolvementFieldsFragment } from '../../../graphql/generated/graphql';
import { FormActions, FormProblemAlert, KitForm, RadioGroupField, reason, TextareaField, useConfirmStep, useKitForm } from '../../../shared/forms';
import { PATHS } from '../../../shared/paths';
import { HandoverValues, useHandOverRegisseur } from '../hooks/use-hand-over-regisseur';

/** The API asks a handover note of at least this length. */
const MINIMUM_NOTE_LENGTH = 10;

const handoverSchema = z.object({
  toInvolvementId: z.string().min(1, reason('choose')),
  note: z.string().trim().min(MINIMUM_NOTE_LENGTH, reason('tooShort')),
});

const NO_HANDOVER = { toInvolvementId: '', note: '' };

interface HandoverFormProps {
  familyId: string;
  familyName: string;
  candidates: readonly InvolvementFieldsFragment[];
}

/** Choose the next regisseur, write what they need to know, then confirm: they are asked, and the role passes when they accept. */
export function HandoverForm({ familyId, familyName, candidates }: HandoverFormProps) {
  const { t } = useTranslation('involvements');
  const navigate = useNavigate();
  const kit = useKitForm({ schema: handoverSchema, defaultValues: NO_HANDOVER });
  const { control, formState } = kit.form;
  const step = useConfirmStep(kit, NO_HANDOVER);
  const handover = step.checked;
  const chosen = candidates.find((candidate) => candidate.id === handover?.toInvolvementId);

  if (handover && chosen) {
    return (
      <HandoverConfirmation
        familyId={familyId}
        familyName={familyName}
        handover={handover}
        chosen={chosen}
        onProposed={() => kit.succeeded(() => navigate(generatePath(PATHS.familyPlan, { familyId }), { state: { handedOverTo: chosen.professionalName } }))}
        onBack={step.back}
        onFieldsRejected={step.rejected}
      />
    );
  }

  return (
    <KitForm kit={kit} className="plan-form handover-form" {...step.checkStep}>
      <RadioGroupField
        control={control}
        name="toInvolvementId"
        legend={t('handover.chooseLegend')}
        errorMessage={t('handover.chooseError')}
        options={candidates.map((candidate) => ({
          value: candidate.id,
          label: `${candidate.professionalName}, ${candidate.organisationName}`,
          description: candidate.task ?? undefined,
        }))}
      />
      <TextareaField
        control={control}
        name="note"
        label={t('handover.noteLabel')}
        description={t('handover.noteDescription')}
        rows={6}
        errorMessage={t('handover.noteError', { minimum: MINIMUM_NOTE_LENGTH })}
      />
      <FormActions submitLabel={t('handover.next')} busy={formState.isSubmitting} />
    </KitForm>
  );
}

interface HandoverConfirmationProps {
  familyId: string;
  familyName: string;
  handover: HandoverValues;
  chosen: InvolvementFieldsFragment;
  onProposed: () => void;
  onBack: () => void;
  /** The API rejected the choice or the note: the form shows them again, marked. */
  onFieldsRejected: (error: unknown) => void;
}

/** The second step: who is asked, with the note they get, and the one button that asks them. */
function HandoverConfirmation({ familyId, familyName, handover, chosen, onProposed, onBack, onFieldsRejected }: HandoverConfirmationProps) {
  const { t } = useTranslation('involvements');
  const { handOver, handingOver } = useHandOverRegisseur();
  const [failure, setFailure] = useState<'refused' | 'unavailable' | 'busy' | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  // The check is a step of its own: the focus goes to its heading, so it is read out first.
  useEffect(() => heading.current?.focus(), []);

  const confirm = async () => {
    if (handingOver) return;
    setFailure(null);
    const result = await handOver(familyId, handover);
    if (result.ok) onProposed();
    else if (result.problem === 'fields') onFieldsRejected(result.error);
    else setFailure(result.problem);
  };

  return (
    <div className="handover-confirmation">
      <Heading level={2} ref={heading} tabIndex={-1}>
        {t('handover.confirmTitle')}
      </Heading>
      {failure === 'busy' && <FormProblemAlert problem="busy" />}
      {failure && failure !== 'busy' && (
        <Paragraph role="alert" className="form-failure">
          {t(`handover.problems.${failure}`)}
        </Paragraph>
      )}
      <dl className="plan-facts">
        <div className="plan-facts__row">
          <dt>{t('handover.newRegisseur')}</dt>
          <dd>
            {chosen.professionalName} ({chosen.organisationName})
          </dd>
        </div>
        <div className="plan-facts__row">
          <dt>{t('handover.noteLabel')}</dt>
          <dd className="plan-text">{handover.note}</dd>
        </div>
      </dl>
      <Paragraph>{t('handover.consequence', { family: familyName, name: chosen.professionalName })}</Paragraph>
      <div className="plan-form__actions">
        <Button appearance="primary-action-button" busy={handingOver} onClick={() => void confirm()}>
          {handingOver ? t('handover.confirming') : t('handover.confirm')}
        </Button>
        <Button appearance="secondary-action-button" onClick={onBack}>
          {t('handover.back')}
        </Button>
      </div>
    </div>
  );
}
