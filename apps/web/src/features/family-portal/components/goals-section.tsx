import { Paragraph } from '@rijkshuisstijl-community/components-react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n/use-language';
import { PortalSection } from '../../portal-shared/components/portal-section';
import { formatDay } from '../../portal-shared/utils/dates';
import { namesOf, PortalPlanItem } from '../../portal-shared/utils/plan-items';
import { useOurPlan } from './our-plan-context';
import { PlanItemText } from './plan-item-text';

const GOAL_STATES = ['OPEN', 'ACHIEVED', 'STOPPED'] as const;

function goalState(status: string | null | undefined): (typeof GOAL_STATES)[number] {
  return GOAL_STATES.find((state) => state === status) ?? 'OPEN';
}

/** What the family wants to reach, in its own words. */
export function GoalsSection({ goals }: { goals: readonly PortalPlanItem[] }) {
  const { t } = useTranslation('familyPortal');
  const { language } = useLanguage();
  const { members, regisseurName } = useOurPlan();
  return (
    <PortalSection id="doelen" title={t('goals.title')} intro={t('goals.intro')}>
      {goals.length === 0 ? (
        <Paragraph>{t('goals.empty', { regisseur: regisseurName ?? t('yourRegisseur') })}</Paragraph>
      ) : (
        <ul className="bare-list portal-list">
          {goals.map((goal) => {
            const about = namesOf(goal.aboutMemberIds, members);
            const state = goalState(goal.status);
            return (
              <PlanItemText
                key={goal.id}
                item={goal}
                label={about.length > 0 ? t('about', { names: about.join(', ') }) : undefined}
              >
                <dl className="portal-facts">
                  <div>
                    <dt>{t('goals.status')}</dt>
                    <dd>
                      <span className={`badge portal-status portal-status--goal-${state.toLowerCase()}`}>
                        {t(`goals.states.${state}`)}
                      </span>
                    </dd>
                  </div>
                  {goal.dueOn && (
                    <div>
                      <dt>{t('goals.dueOn')}</dt>
                      <dd>{formatDay(goal.dueOn, language)}</dd>
                    </div>
                  )}
                </dl>
              </PlanItemText>
            );
          })}
        </ul>
      )}
    </PortalSection>
  );
}
