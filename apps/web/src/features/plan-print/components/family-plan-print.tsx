import { Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { generatePath } from 'react-router-dom';
import { FamilyPlanQuery } from '../../../graphql/generated/graphql';
import { formatDate } from '../../../i18n/format-date';
import { useLanguage } from '../../../i18n/use-language';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { PATHS } from '../../../shared/paths';
import { printParts, signers, tasksOf } from '../utils/print-parts';
import { PrintAgreements } from './print-agreements';
import { PrintFrame } from './print-frame';
import { PrintSafetyPlan } from './print-safety';
import { PrintSection } from './print-section';
import { PrintSignatures } from './print-signatures';

interface FamilyPlanPrintProps {
  family: FamilyPlanQuery['family'];
}

/**
 * The plan on paper for the family meeting: goals, agreements (who, what,
 * when), the safety plan, who helps and signature lines. Only what the
 * reader may read in full; items they may not see are counted, not printed.
 */
export function FamilyPlanPrint({ family }: FamilyPlanPrintProps) {
  const { t } = useTranslation('planPrint');
  const { t: tv } = useTranslation('vocabulary');
  const { language } = useLanguage();
  usePageTitle(t('plan.pageTitle'));
  const parts = useMemo(() => printParts(family.plan), [family.plan]);
  const professionals = family.involvements.filter((involvement) => !involvement.endedAt);
  const regisseur = professionals.find((involvement) => involvement.isRegisseur) ?? null;
  const hasSafety = parts.safetyPlan || parts.conditions.length + parts.safetyAgreements.length + parts.roster.length > 0;
  return (
    <PrintFrame backTo={generatePath(PATHS.familyPlan, { familyId: family.id })} backLabel={t('actions.backToPlan')}>
      <header className="plan-print__header">
        <Heading level={1}>{t('plan.title', { family: family.name })}</Heading>
        <Paragraph purpose="lead">{t('plan.intro')}</Paragraph>
        <Paragraph>{t('plan.printedOn', { date: formatDate(new Date(), language) })}</Paragraph>
        {parts.notShown > 0 && <Paragraph>{t('plan.notShown', { count: parts.notShown })}</Paragraph>}
      </header>

      <PrintSection title={t('goals.title')}>
        {parts.goals.length === 0 ? (
          <Paragraph>{t('goals.empty')}</Paragraph>
        ) : (
          <ol className="plan-print__list">
            {parts.goals.map((goal) => (
              <li key={goal.id}>
                {goal.text}
                {goal.lifeDomain && <span className="plan-print__note"> {t('goals.about', { domain: tv(`lifeDomains.${goal.lifeDomain}`) })}</span>}
              </li>
            ))}
          </ol>
        )}
      </PrintSection>

      <PrintSection title={t('agreements.title')} intro={t('agreements.intro')}>
        {parts.agreements.length === 0 ? (
          <Paragraph>{t('agreements.empty')}</Paragraph>
        ) : (
          <PrintAgreements items={parts.agreements} caption={t('agreements.title')} />
        )}
      </PrintSection>

      {hasSafety && (
        <PrintSection title={t('safety.title')}>
          <PrintSafetyPlan parts={parts} regisseur={regisseur} />
        </PrintSection>
      )}

      <PrintSection title={t('network.title')}>
        {family.network.length > 0 && (
          <>
            <Heading level={3}>{t('network.people')}</Heading>
            <ul className="plan-print__list">
              {family.network.map((person) => {
                const tasks = tasksOf(parts, person.id);
                return (
                  <li key={person.id}>
                    <strong>{t('network.person', { name: person.name, relation: person.relation })}</strong>
                    {person.phone && <span className="plan-print__note"> {t('network.phone', { phone: person.phone })}</span>}
                    <ul>
                      {tasks.length === 0 ? <li>{t('network.noTask')}</li> : tasks.map((task) => <li key={task.id}>{task.text}</li>)}
                    </ul>
                  </li>
                );
              })}
            </ul>
          </>
        )}
        <Heading level={3}>{t('network.professionals')}</Heading>
        <ul className="plan-print__list">
          {professionals.map((involvement) => (
            <li key={involvement.id}>
              {involvement.task === null
                ? t('network.professionalWithoutTask', { name: involvement.professionalName, organisation: involvement.organisationName })
                : t('network.professional', { name: involvement.professionalName, organisation: involvement.organisationName, task: involvement.task })}
              {involvement.isRegisseur && <strong> {t('network.regisseur')}</strong>}
              {involvement.phone && <span className="plan-print__note"> {t('network.phone', { phone: involvement.phone })}</span>}
            </li>
          ))}
        </ul>
      </PrintSection>

      <PrintSignatures names={signers(family.members, family.network, regisseur)} />
    </PrintFrame>
  );
}
