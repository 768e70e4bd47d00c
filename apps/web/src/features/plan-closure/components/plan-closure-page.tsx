import { Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { CLOSING_REASONS } from '@gezinsplan/domain';
import { useTranslation } from 'react-i18next';
import { generatePath, useNavigate, useParams } from 'react-router-dom';
import { PageLoading } from '../../../shared/components/page-loading';
import { QueryProblemPage } from '../../../shared/components/query-problem-page';
import { RouterLink } from '../../../shared/components/router-link';
import { FormActions, KitForm, RadioGroupField, TextareaField, useKitForm } from '../../../shared/forms';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { PATHS } from '../../../shared/paths';
import { usePlanClosure } from '../hooks/use-plan-closure';
import { closeSchema, EMPTY_CLOSE, EMPTY_REOPEN, EXPLANATION_LENGTH, FINAL_EVALUATION_LENGTH, reopenSchema } from '../utils/closure-form';
import { ClosedPlanBanner } from './closed-plan-banner';

/** The regisseur closes the plan (scaling down) with a reason and a final evaluation, or reopens a closed one. */
export function PlanClosurePage() {
  const { t } = useTranslation('familyPlan');
  const { familyId = '' } = useParams();
  const navigate = useNavigate();
  const { family, loading, error, refetch, close, reopen } = usePlanClosure(familyId);
  usePageTitle(family ? t('closure.pageTitle', { family: family.name }) : t('closure.title'));
  if (loading) return <PageLoading />;
  if (!family) return <QueryProblemPage error={error} onRetry={() => void refetch().catch(() => undefined)} />;
  const planPath = generatePath(PATHS.familyPlan, { familyId });
  const backToPlan = () => void navigate(planPath);
  // The saved state replaces the form on this page at once; the plan page is where to go next.
  const closeAndReturn: typeof close = async (input) => {
    await close(input);
    backToPlan();
  };
  const reopenAndReturn: typeof reopen = async (input) => {
    await reopen(input);
    backToPlan();
  };

  return (
    <>
      <Paragraph>
        <RouterLink to={planPath}>{t('closure.backToPlan', { family: family.name })}</RouterLink>
      </Paragraph>
      <Heading level={1}>{t('closure.pageTitle', { family: family.name })}</Heading>
      {!family.myRelation.isRegisseur ? (
        <Paragraph>{t('closure.notRegisseur')}</Paragraph>
      ) : family.closedAt ? (
        <>
          <ClosedPlanBanner family={family} />
          <ReopenForm onReopen={reopenAndReturn} onCancel={backToPlan} />
        </>
      ) : (
        <CloseForm onClose={closeAndReturn} onCancel={backToPlan} />
      )}
    </>
  );
}

interface CloseFormProps {
  onClose: ReturnType<typeof usePlanClosure>['close'];
  onCancel: () => void;
}

function CloseForm({ onClose, onCancel }: CloseFormProps) {
  const { t } = useTranslation('familyPlan');
  const kit = useKitForm({ schema: closeSchema, defaultValues: EMPTY_CLOSE });
  const { control, formState } = kit.form;
  return (
    <KitForm kit={kit} className="plan-form" onSubmit={onClose}>
      <Paragraph purpose="lead">{t('closure.closeIntro')}</Paragraph>
      <RadioGroupField
        control={control}
        name="closingReason"
        legend={t('closure.reasonLegend')}
        errorMessage={t('closure.errors.reason')}
        options={CLOSING_REASONS.map((reason) => ({ value: reason, label: t(`closure.reasons.${reason}`) }))}
      />
      <TextareaField
        control={control}
        name="explanation"
        label={t('closure.explanationLabel')}
        description={t('closure.explanationDescription')}
        errorMessage={t('closure.errors.explanation', { minimum: EXPLANATION_LENGTH.minimum })}
      />
      <TextareaField
        control={control}
        name="finalEvaluation"
        rows={6}
        label={t('closure.finalEvaluationLabel')}
        description={t('closure.finalEvaluationDescription')}
        errorMessage={t('closure.errors.finalEvaluation', { minimum: FINAL_EVALUATION_LENGTH.minimum })}
      />
      <Paragraph>{t('closure.closeConsequence')}</Paragraph>
      <FormActions submitLabel={t('closure.close')} busy={formState.isSubmitting} onCancel={onCancel} cancelLabel={t('closure.cancel')} />
    </KitForm>
  );
}

interface ReopenFormProps {
  onReopen: ReturnType<typeof usePlanClosure>['reopen'];
  onCancel: () => void;
}

function ReopenForm({ onReopen, onCancel }: ReopenFormProps) {
  const { t } = useTranslation('familyPlan');
  const kit = useKitForm({ schema: reopenSchema, defaultValues: EMPTY_REOPEN });
  const { control, formState } = kit.form;
  return (
    <KitForm kit={kit} className="plan-form" onSubmit={onReopen}>
      <Heading level={2}>{t('closure.reopenTitle')}</Heading>
      <TextareaField
        control={control}
        name="explanation"
        label={t('closure.reopenLabel')}
        description={t('closure.reopenDescription')}
        errorMessage={t('closure.errors.explanation', { minimum: EXPLANATION_LENGTH.minimum })}
      />
      <FormActions submitLabel={t('closure.reopen')} busy={formState.isSubmitting} onCancel={onCancel} cancelLabel={t('closure.cancel')} />
    </KitForm>
  );
}
