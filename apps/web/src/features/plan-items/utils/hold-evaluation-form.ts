import { z } from 'zod';
import { PlanItemFieldsFragment, UpdatePlanItemInput } from '../../../graphql/generated/graphql';
import { optionalChoice, optionalDay, optionalText, requiredText } from '../../../shared/forms';

/** How far a goal came, as the evaluation records it; left open when the goal was not discussed. */
export const GoalResult = { REACHED: 'REACHED', PARTLY_REACHED: 'PARTLY_REACHED', NOT_REACHED: 'NOT_REACHED' } as const;

/**
 * Holding an evaluation: the outcome, a result per goal, what changes in the
 * plan, the family's own view beside it, and the date of the next one (after
 * this one's date, as the API requires: the form's own reason `notAfterThisOne`).
 */
export function holdEvaluationSchema(plannedOn: string | null | undefined) {
  return z
    .object({
      outcome: requiredText(),
      goalOutcomes: z.array(z.object({ goalId: z.string(), result: optionalChoice(GoalResult) })),
      changes: optionalText(),
      familyView: optionalText(),
      nextEvaluationOn: optionalDay(),
    })
    .refine((values) => !values.nextEvaluationOn || !plannedOn || values.nextEvaluationOn > plannedOn, {
      path: ['nextEvaluationOn'],
      message: 'notAfterThisOne',
      // Checked even while other fields are still wrong, so every problem shows at once.
      when: () => true,
    });
}

type HoldSchema = ReturnType<typeof holdEvaluationSchema>;
export type HoldEvaluationValues = z.input<HoldSchema>;
export type HeldEvaluation = z.output<HoldSchema>;

/**
 * The goals an evaluation looks back on: those the professional may read that
 * are still open, and any this evaluation already gave a result for.
 */
export function goalsToEvaluate(evaluation: PlanItemFieldsFragment, goals: readonly PlanItemFieldsFragment[]): PlanItemFieldsFragment[] {
  const judged = new Set(evaluation.goalOutcomes.map((outcome) => outcome.goalId));
  return goals.filter((goal) => goal.access === 'FULL' && goal.text && (goal.status === 'OPEN' || judged.has(goal.id)));
}

/** The form as it opens: empty for a planned evaluation, the recorded outcome for a held one. */
export function holdValuesOf(evaluation: PlanItemFieldsFragment, goals: readonly PlanItemFieldsFragment[]): HoldEvaluationValues {
  const resultOf = (goalId: string) => evaluation.goalOutcomes.find((outcome) => outcome.goalId === goalId)?.result ?? '';
  return {
    outcome: evaluation.outcome ?? '',
    goalOutcomes: goalsToEvaluate(evaluation, goals).map((goal) => ({ goalId: goal.id, result: resultOf(goal.id) })),
    changes: evaluation.changes ?? '',
    familyView: evaluation.familyView ?? '',
    nextEvaluationOn: evaluation.nextEvaluationOn ?? '',
  };
}

/** The API's change that holds the evaluation: a result only for the goals that got one. */
export function holdInputOf(evaluation: PlanItemFieldsFragment, expectedVersion: number, held: HeldEvaluation): UpdatePlanItemInput {
  return {
    id: evaluation.id,
    expectedVersion,
    status: 'HELD',
    outcome: held.outcome,
    goalOutcomes: held.goalOutcomes.flatMap(({ goalId, result }) => (result ? [{ goalId, result }] : [])),
    changes: held.changes,
    familyView: held.familyView,
    nextEvaluationOn: held.nextEvaluationOn,
  };
}
