import { Paragraph } from '@rijkshuisstijl-community/components-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PlanItemFieldsFragment } from '../../../graphql/generated/graphql';
import { FormActions, KitForm, RadioGroupField, TextareaField, TextField, useKitForm } from '../../../shared/forms';
import { useHoldEvaluation } from '../hooks/use-hold-evaluation';
import { useRefreshPlanAfterConflict } from '../hooks/use-refresh-plan-after-conflict';
import { currentVersionOf } from '../utils/conflict';
import { GoalResult, goalsToEvaluate, holdEvaluationSchema, holdInputOf, holdValuesOf } from '../utils/hold-evaluation-form';
import { PlanEditor } from '../utils/plan-editor';
import { versionToChange } from '../../../shared/utils/version-to-change';

interface HoldEvaluationFormProps {
  evaluation: PlanItemFieldsFragment;
  editor: PlanEditor;
  onDone: (saved: boolean) => void;
}

/**
 * Records how an evaluation went: the outcome, how far each goal came, what
 * changes in the plan, the family's own view beside it, and the next date.
 */
export function HoldEvaluationForm({ evaluation, editor, onDone }: HoldEvaluationFormProps) {
  const { t } = useTranslation('planItems');
  const hold = useHoldEvaluation();
  const refreshPlan = useRefreshPlanAfterConflict();
  const [baseVersion, setBaseVersion] = useState(versionToChange(evaluation));
  const goals = goalsToEvaluate(evaluation, editor.goals);
  const kit = useKitForm({
    schema: holdEvaluationSchema(evaluation.dueOn),
    defaultValues: holdValuesOf(evaluation, editor.goals),
    focusOnOpen: 'outcome',
  });
  const { control, formState } = kit.form;
  const resultOptions = [
    ...Object.values(GoalResult).map((result) => ({ value: result, label: t(`hold.results.${result}`) })),
    { value: '', label: t('hold.results.notDiscussed') },
  ];

  // Someone else saved the evaluation meanwhile: the plan shows theirs, and a second save applies to it.
  const theirsArrived = (error: unknown) => {
    const theirs = currentVersionOf(error);
    if (theirs) {
      setBaseVersion(theirs.version);
      void refreshPlan();
    }
    return false;
  };

  return (
    <KitForm
      kit={kit}
      className="kit-form kit-form--inline"
      onSubmit={(held) => hold(holdInputOf(evaluation, baseVersion, held))}
      onSaved={() => onDone(true)}
      onFailure={theirsArrived}
    >
      <TextareaField
        control={control}
        name="outcome"
        label={t('hold.outcome.label')}
        description={t('hold.outcome.description')}
        errorMessage={t('hold.outcome.error')}
      />
      {goals.length === 0 ? (
        <Paragraph>{t('hold.noGoals')}</Paragraph>
      ) : (
        goals.map((goal, index) => (
          <RadioGroupField
            key={goal.id}
            control={control}
            name={`goalOutcomes.${index}.result`}
            legend={t('hold.goalLegend', { goal: goal.text })}
            options={resultOptions}
          />
        ))
      )}
      <TextareaField control={control} name="changes" label={t('hold.changes.label')} description={t('hold.changes.description')} />
      <TextareaField
        control={control}
        name="familyView"
        label={t('hold.familyView.label')}
        description={t('hold.familyView.description')}
      />
      <TextField
        control={control}
        name="nextEvaluationOn"
        type="date"
        label={t('hold.nextEvaluationOn.label')}
        description={t(evaluation.status === 'HELD' ? 'hold.nextEvaluationOn.descriptionHeld' : 'hold.nextEvaluationOn.description')}
        errorMessage={{ notAfterThisOne: t('hold.nextEvaluationOn.notAfterThisOne') }}
      />
      <FormActions
        submitLabel={t(evaluation.status === 'HELD' ? 'hold.submitHeld' : 'hold.submit')}
        busy={formState.isSubmitting}
        onCancel={() => onDone(false)}
      />
    </KitForm>
  );
}
