import { Paragraph } from '@rijkshuisstijl-community/components-react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n/use-language';
import { PortalSection } from '../../portal-shared/components/portal-section';
import { formatDay } from '../../portal-shared/utils/dates';
import { PortalPlanItem } from '../../portal-shared/utils/plan-items';
import { useOurPlan } from './our-plan-context';
import { PlanItemText } from './plan-item-text';

/** The moments at which everyone looks together at how it goes, and what came out of them. */
export function EvaluationsSection({ evaluations }: { evaluations: readonly PortalPlanItem[] }) {
  const { t } = useTranslation('familyPortal');
  const { language } = useLanguage();
  const { regisseurName } = useOurPlan();
  const sorted = [...evaluations].sort((a, b) => (a.dueOn ?? '').localeCompare(b.dueOn ?? ''));
  return (
    <PortalSection id="evaluaties" title={t('evaluations.title')} intro={t('evaluations.intro')}>
      {sorted.length === 0 ? (
        <Paragraph>{t('evaluations.empty', { regisseur: regisseurName ?? t('yourRegisseur') })}</Paragraph>
      ) : (
        <ul className="portal-list">
          {sorted.map((evaluation) => {
            const held = evaluation.status === 'HELD';
            const date = evaluation.dueOn ? formatDay(evaluation.dueOn, language) : null;
            return (
              <PlanItemText
                key={evaluation.id}
                item={evaluation}
                label={date ? t(held ? 'evaluations.held' : 'evaluations.planned', { date }) : undefined}
              >
                {(evaluation.outcome || evaluation.changes) && (
                  <dl className="portal-facts portal-facts--stacked">
                    {evaluation.outcome && (
                      <div>
                        <dt>{t('evaluations.outcome')}</dt>
                        <dd className="portal-text">{evaluation.outcome}</dd>
                      </div>
                    )}
                    {evaluation.changes && (
                      <div>
                        <dt>{t('evaluations.changes')}</dt>
                        <dd className="portal-text">{evaluation.changes}</dd>
                      </div>
                    )}
                  </dl>
                )}
              </PlanItemText>
            );
          })}
        </ul>
      )}
    </PortalSection>
  );
}
