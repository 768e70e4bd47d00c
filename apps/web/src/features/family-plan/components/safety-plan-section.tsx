import { useTranslation } from 'react-i18next';
import { PlanItemFieldsFragment } from '../../../graphql/generated/graphql';
import { PlanSections } from '../utils/plan-sections';
import { agreementState, needsAttention, orderAgreements } from '../../../shared/components/agreement-state';
import { AgreementStatus } from './agreement-status';
import { EmptyPart } from './empty-part';
import { ItemFacts } from '../../../shared/components/item-facts';
import { ItemList } from './item-list';
import { ItemText, itemTextId } from './item-text';
import { PartyName } from './party-name';
import { PlanItemCard } from './plan-item-card';
import { PlanSection } from './plan-section';
import { PlanSubsection } from './plan-subsection';
import { usePlanView } from './plan-view-context';
import { RedactionNotices } from './redaction-notices';
import { RosterList } from './roster-list';
import { SafetyPlanCard } from './safety-plan-card';

type SafetyParts = Pick<PlanSections, 'safetyPlans' | 'safetyConditions' | 'safetyAgreements' | 'roster'>;

const full = (items: readonly PlanItemFieldsFragment[]) => items.filter((item) => item.access === 'FULL');

/** The safety plan: the plan, the bottom line (conditions), how the family meets it, and the roster. */
export function SafetyPlanSection({ safetyPlans, safetyConditions, safetyAgreements, roster }: SafetyParts) {
  const { t } = useTranslation('familyPlan');
  const { today } = usePlanView();
  const all = [...safetyPlans, ...safetyConditions, ...safetyAgreements, ...roster];
  return (
    <PlanSection id="veiligheidsplan" title={t('sections.safety')}>
      {all.length === 0 && <EmptyPart>{t('empty.safety')}</EmptyPart>}
      {full(safetyPlans).length > 0 && (
        <ItemList>
          {full(safetyPlans).map((plan) => (
            <SafetyPlanCard key={plan.id} plan={plan} />
          ))}
        </ItemList>
      )}
      {full(safetyConditions).length > 0 && (
        <PlanSubsection title={t('safety.conditions')}>
          <ItemList>
            {full(safetyConditions).map((condition) => (
              <PlanItemCard key={condition.id} item={condition}>
                <ItemText id={itemTextId(condition.id)} text={condition.text} />
              </PlanItemCard>
            ))}
          </ItemList>
        </PlanSubsection>
      )}
      {full(safetyAgreements).length > 0 && (
        <PlanSubsection title={t('safety.agreements')}>
          <ItemList>
            {orderAgreements(full(safetyAgreements), today).map((agreement) => {
              const state = agreementState(agreement, today);
              return (
                <PlanItemCard key={agreement.id} item={agreement} attention={needsAttention(state)}>
                  <ItemText id={itemTextId(agreement.id)} text={agreement.text} />
                  <ItemFacts
                    facts={[
                      agreement.assignee && { label: t('facts.who'), value: <PartyName party={agreement.assignee} /> },
                      { label: t('facts.status'), value: <AgreementStatus state={state} reason={agreement.statusReason} /> },
                    ]}
                  />
                </PlanItemCard>
              );
            })}
          </ItemList>
        </PlanSubsection>
      )}
      {full(roster).length > 0 && (
        <PlanSubsection title={t('safety.roster')}>
          <RosterList entries={full(roster)} />
        </PlanSubsection>
      )}
      <RedactionNotices items={all} />
    </PlanSection>
  );
}
