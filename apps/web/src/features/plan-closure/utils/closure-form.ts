import { ClosingReason } from '@gezinsplan/domain';
import { z } from 'zod';
import { requiredChoice, requiredText } from '../../../shared/forms';

/** The API's limits on closing and reopening. */
export const EXPLANATION_LENGTH = { minimum: 3, maximum: 10_000 } as const;
export const FINAL_EVALUATION_LENGTH = { minimum: 10, maximum: 10_000 } as const;

export const closeSchema = z.object({
  closingReason: requiredChoice(ClosingReason),
  explanation: requiredText(EXPLANATION_LENGTH.maximum, EXPLANATION_LENGTH.minimum),
  finalEvaluation: requiredText(FINAL_EVALUATION_LENGTH.maximum, FINAL_EVALUATION_LENGTH.minimum),
});

export const reopenSchema = z.object({
  explanation: requiredText(EXPLANATION_LENGTH.maximum, EXPLANATION_LENGTH.minimum),
});

export type CloseFormValues = z.input<typeof closeSchema>;
export type ReopenFormValues = z.input<typeof reopenSchema>;

export const EMPTY_CLOSE: CloseFormValues = { closingReason: '', explanation: '', finalEvaluation: '' };
export const EMPTY_REOPEN: ReopenFormValues = { explanation: '' };
