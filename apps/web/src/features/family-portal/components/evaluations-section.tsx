import { Paragraph } from '@rijkshuisstijl-community/components-react';
import { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n/use-language';
import { PortalSection } from '../../portal-shared/components/portal-section';
import { formatDay } from '../../portal-shared/utils/dates';
import { PortalPlanItem } from '../../portal-shared/utils/plan-items';
import { useOurPlan } from './our-plan-context';
import { PlanItemText } from './plan-item-text';

interface EvaluationsSectionProps {
  evaluations: readonly PortalPlanItem[];
  /** The goals the reader may see: a held evaluation's result is shown for those. */
  goals: readonly PortalPlanItem[];
}

/** The moments at which everyone looks together at how it goes, who is invited, and what came out of them. */
export function EvaluationsSection({ evaluations, goals }: EvaluationsSectionProps) {
  const { t } = useTranslation('familyPortal');
  const { language } = useLanguage();
  const { regisseurName, members } = useOurPlan();
  const sorted = [...evaluations].sort((a, b) => (a.dueOn ?? '').localeCompare(b.dueOn ?? ''));
  const invited = (evaluation: PortalPlanItem) => [
    ...[...new Set([...evaluation.aboutMemberIds, ...evaluation.invitedMemberIds])].flatMap((id) => members.filter((member) => member.id === id).map((member) => member.givenName)),
    ...evaluation.invitedProfessionals.map((professional) =>
      professional.organisationName ? t('evaluations.professional', { name: professional.name, organisation: professional.organisationName }) : professional.name,
    ),
  ];
  const results = (evaluation: PortalPlanItem) =>
    evaluation.goalOutcomes.flatMap((outcome) => {
      const goal = goals.find((candidate) => candidate.id === outcome.goalId);
      return goal?.text ? [{ id: goal.id, text: t('evaluations.goalResult', { goal: goal.text, result: t(`evaluations.results.${outcome.result}`) }) }] : [];
    });
  const fact = (label: string, value: ReactNode) => (
    <div>
      <dt>{label}</dt>
      <dd className="portal-text">{value}</dd>
    </div>
  );
  return (
    <PortalSection id="evaluaties" title={t('evaluations.title')} intro={t('evaluations.intro')}>
      {sorted.length === 0 ? (
        <Paragraph>{t('evaluations.empty', { regisseur: regisseurName ?? t('yourRegisseur') })}</Paragraph>
      ) : (
        <ul className="bare-list portal-list">
          {sorted.map((evaluation) => {
            const held = evaluation.status === 'HELD';
            const date = evaluation.dueOn ? formatDay(evaluation.dueOn, language) : null;
            const people = invited(evaluation);
            const perGoal = results(evaluation);
            // Invited, not allowed to read what it says about the whole family: when, and whom to ask.
            if (evaluation.access === 'REDACTED') {
              return (
                <li key={evaluation.id} className="divided-entry divided-entry--roomy portal-item">
                  {date && <Paragraph className="portal-item__label">{t(held ? 'evaluations.held' : 'evaluations.planned', { date })}</Paragraph>}
                  <Paragraph className="portal-text">
                    {t('evaluations.invitedOnly', { regisseur: regisseurName ?? t('yourRegisseur') })}
                  </Paragraph>
                </li>
              );
            }
            return (
              <PlanItemText
                key={evaluation.id}
                item={evaluation}
                label={date ? t(held ? 'evaluations.held' : 'evaluations.planned', { date }) : undefined}
              >
                <dl className="portal-facts portal-facts--stacked">
                  {people.length > 0 && fact(t('evaluations.invited'), people.join(', '))}
                  {evaluation.outcome && fact(t('evaluations.outcome'), evaluation.outcome)}
                  {perGoal.length > 0 &&
                    fact(
                      t('evaluations.perGoal'),
                      <ul className="portal-goal-results">
                        {perGoal.map((result) => (
                          <li key={result.id}>{result.text}</li>
                        ))}
                      </ul>,
                    )}
                  {evaluation.changes && fact(t('evaluations.changes'), evaluation.changes)}
                  {evaluation.familyView && fact(t('evaluations.familyView'), evaluation.familyView)}
                  {evaluation.nextEvaluationOn &&
                    fact(t('evaluations.nextEvaluationOn'), formatDay(evaluation.nextEvaluationOn, language))}
                </dl>
              </PlanItemText>
            );
          })}
        </ul>
      )}
    </PortalSection>
  );
}
