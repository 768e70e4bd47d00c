import { useTranslation } from 'react-i18next';
import { LEGAL_BASIS_KINDS, REFERENCE_LIMIT, STEP_LENGTH } from '../utils/legal-basis-form';

/** The steps written out in words, and why the family is told afterwards. */
export type WrittenField = 'purpose' | 'necessaryInformation' | 'proportionality' | 'subsidiarity' | 'professionalSecrecy' | 'informingDelayReason';

/**
 * The words of the fields every legal basis has, wherever it is recorded (on
 * its own page, or with an invitation whose family is told afterwards).
 */
export function useLegalBasisFieldTexts() {
  const { t } = useTranslation('legalBases');
  const invalid = t('errors.invalid');
  const tooLong = t('errors.tooLong', { maximum: STEP_LENGTH.maximum });
  return {
    kind: {
      legend: t('record.fields.kind.legend'),
      errorMessage: { choose: t('errors.kind'), invalid },
      options: Object.values(LEGAL_BASIS_KINDS).map((kind) => ({ value: kind, label: t(`kinds.${kind}`), description: t(`kindDescriptions.${kind}`) })),
    },
    reference: {
      label: t('record.fields.reference.label'),
      description: t('record.fields.reference.description'),
      errorMessage: { tooLong: t('errors.tooLong', { maximum: REFERENCE_LIMIT }), invalid },
    },
    validUntil: {
      type: 'date',
      label: t('record.fields.validUntil.label'),
      description: t('record.fields.validUntil.description'),
      errorMessage: { beforeToday: t('errors.validUntil'), invalid },
    },
    /** When the family was told (each form gives its own label). */
    informedAt: {
      type: 'datetime-local',
      errorMessage: {
        empty: t('errors.familyInformedAt.empty'),
        future: t('errors.familyInformedAt.future'),
        invalid: t('errors.familyInformedAt.invalid'),
      },
    },
    /** A written field: its question, its explanation, and what is wrong when it is too short. */
    written: (field: WrittenField) => {
      const short =
        field === 'informingDelayReason'
          ? t('errors.informingDelayReason', { minimum: STEP_LENGTH.minimum })
          : t('errors.step', { minimum: STEP_LENGTH.minimum });
      return {
        label: t(`record.fields.${field}.label`),
        description: t(`record.fields.${field}.description`),
        errorMessage: { empty: short, tooShort: short, tooLong, invalid },
      };
    },
    invalid,
  } as const;
}
