import { useTranslation } from 'react-i18next';
import { PlanItemFieldsFragment } from '../../../graphql/generated/graphql';
import { FormattedDay } from '../../../shared/components/formatted-date';
import { agreementState, needsAttention } from '../../../shared/components/agreement-state';
import { AgreementStatus } from './agreement-status';
import { ItemFacts } from '../../../shared/components/item-facts';
import { ItemText, itemTextId } from './item-text';
import { PartyName } from './party-name';
import { PlanItemCard } from './plan-item-card';
import { usePlanView } from './plan-view-context';
import { useAbout } from '../hooks/use-about';

interface AgreementCardProps {
  agreement: PlanItemFieldsFragment;
}

/** Who does what by when, and where it stands; overdue and not-kept agreements stand out. */
export function AgreementCard({ agreement }: AgreementCardProps) {
  const { t } = useTranslation('familyPlan');
  const { today, goals } = usePlanView();
  const about = useAbout();
  const state = agreementState(agreement, today);
  const goal = agreement.goalId ? goals.find((candidate) => candidate.id === agreement.goalId && candidate.text) : undefined;
  return (
    <PlanItemCard item={agreement} attention={needsAttention(state)}>
      <ItemText id={itemTextId(agreement.id)} text={agreement.text} />
      <ItemFacts
        facts={[
          agreement.assignee && { label: t('facts.who'), value: <PartyName party={agreement.assignee} /> },
          agreement.dueOn && { label: t('facts.dueOn'), value: <FormattedDay day={agreement.dueOn} /> },
          { label: t('facts.status'), value: <AgreementStatus state={state} reason={agreement.statusReason} /> },
          goal && { label: t('facts.goal'), value: goal.text },
          agreement.aboutMemberIds.length > 0 && { label: t('facts.about'), value: about(agreement.aboutMemberIds) },
        ]}
      />
    </PlanItemCard>
  );
}
