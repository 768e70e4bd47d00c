import {
  Button,
  Fieldset,
  FormFieldErrorMessage,
  FormFieldRadio,
  FormFieldTextarea,
  Heading,
  Paragraph,
} from '@rijkshuisstijl-community/components-react';
import { FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { generatePath, useNavigate } from 'react-router-dom';
import { InvolvementFieldsFragment } from '../../../graphql/generated/graphql';
import { invalidFields } from '../../../shared/components/form-problem';
import { useUnsavedChanges } from '../../../shared/components/unsaved-changes';
import { PATHS } from '../../../shared/paths';
import { HandoverField, useHandOverRegisseur } from '../hooks/use-hand-over-regisseur';
import { inputValue } from '../../../shared/components/input-value';

/** The API asks a handover note of at least this length. */
const MINIMUM_NOTE_LENGTH = 10;

interface HandoverFormProps {
  familyId: string;
  familyName: string;
  candidates: readonly InvolvementFieldsFragment[];
}

/** Choose the next regisseur, write what they need to know, then confirm: they are asked, and the role passes when they accept. */
export function HandoverForm({ familyId, familyName, candidates }: HandoverFormProps) {
  const { t } = useTranslation('involvements');
  const navigate = useNavigate();
  const { handOver, handingOver } = useHandOverRegisseur();
  const [toInvolvementId, setToInvolvementId] = useState('');
  const [note, setNote] = useState('');
  const [step, setStep] = useState<'choose' | 'confirm'>('choose');
  const [invalid, setInvalid] = useState<readonly HandoverField[]>([]);
  const [failure, setFailure] = useState<'refused' | 'unavailable' | null>(null);
  const [handedOverTo, setHandedOverTo] = useState<string | null>(null);
  const firstRadio = useRef<HTMLInputElement>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const errorId = useId();
  const chosen = candidates.find((candidate) => candidate.id === toInvolvementId);
  useUnsavedChanges(handedOverTo === null && (toInvolvementId !== '' || note.trim() !== ''));

  useEffect(() => {
    if (handedOverTo === null) return;
    navigate(generatePath(PATHS.familyPlan, { familyId }), { state: { handedOverTo } });
  }, [handedOverTo, familyId, navigate]);

  useEffect(() => {
    if (invalid.includes('toInvolvementId')) firstRadio.current?.focus();
    else if (invalid.includes('note')) noteRef.current?.focus();
  }, [invalid]);

  useEffect(() => {
    if (step === 'confirm') confirmHeading.current?.focus();
  }, [step]);

  const toConfirmation = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const missing: HandoverField[] = [];
    if (!chosen) missing.push('toInvolvementId');
    if (note.trim().length < MINIMUM_NOTE_LENGTH) missing.push('note');
    setInvalid(missing);
    if (missing.length === 0) setStep('confirm');
  };

  const confirm = async () => {
    if (!chosen || handingOver) return;
    setFailure(null);
    const problem = await handOver(familyId, chosen.id, note);
    if (!problem) {
      setHandedOverTo(chosen.professionalName);
      return;
    }
    if (problem.kind === 'fields') {
      setInvalid(invalidFields(problem.fields));
      setStep('choose');
    } else {
      setFailure(problem.kind === 'unavailable' ? 'unavailable' : 'refused');
    }
  };

  if (step === 'confirm' && chosen) {
    return (
      <div className="handover-confirmation">
        <Heading level={2} ref={confirmHeading} tabIndex={-1}>
          {t('handover.confirmTitle')}
        </Heading>
        {failure && (
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
            <dd className="plan-text">{note.trim()}</dd>
          </div>
        </dl>
        <Paragraph>{t('handover.consequence', { family: familyName, name: chosen.professionalName })}</Paragraph>
        <div className="plan-form__actions">
          <Button appearance="primary-action-button" busy={handingOver} onClick={() => void confirm()}>
            {handingOver ? t('handover.confirming') : t('handover.confirm')}
          </Button>
          <Button appearance="secondary-action-button" onClick={() => setStep('choose')}>
            {t('handover.back')}
          </Button>
        </div>
      </div>
    );
  }

  const candidateInvalid = invalid.includes('toInvolvementId');
  return (
    <form className="plan-form handover-form" noValidate onSubmit={toConfirmation}>
      <Fieldset legend={t('handover.chooseLegend')} invalid={candidateInvalid} aria-describedby={candidateInvalid ? errorId : undefined}>
        {candidateInvalid && <FormFieldErrorMessage id={errorId}>{t('handover.chooseError')}</FormFieldErrorMessage>}
        {candidates.map((candidate, index) => (
          <FormFieldRadio
            key={candidate.id}
            name="toInvolvementId"
            value={candidate.id}
            label={`${candidate.professionalName}, ${candidate.organisationName}`}
            description={candidate.task}
            checked={toInvolvementId === candidate.id}
            radioRef={index === 0 ? firstRadio : undefined}
            onChange={() => setToInvolvementId(candidate.id)}
          />
        ))}
      </Fieldset>
      <FormFieldTextarea
        name="note"
        label={t('handover.noteLabel')}
        description={t('handover.noteDescription')}
        value={note}
        rows={6}
        invalid={invalid.includes('note')}
        errorMessage={t('handover.noteError', { minimum: MINIMUM_NOTE_LENGTH })}
        inputRef={noteRef}
        onChange={(event) => setNote(inputValue(event))}
      />
      <div className="plan-form__actions">
        <Button type="submit" appearance="primary-action-button">
          {t('handover.next')}
        </Button>
      </div>
    </form>
  );
}
