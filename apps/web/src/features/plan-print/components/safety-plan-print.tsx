import { Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { NetworkSafetyPlanQuery } from '../../../graphql/generated/graphql';
import { formatDate } from '../../../i18n/format-date';
import { useLanguage } from '../../../i18n/use-language';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { portalPaths } from '../../portal-shared/portal-paths';
import { printParts, tasksOf } from '../utils/print-parts';
import { PrintAgreements } from './print-agreements';
import { PrintFrame } from './print-frame';
import { PrintConditions, PrintSafetyContact } from './print-safety';
import { PrintSection } from './print-section';
import { PrintSignatures } from './print-signatures';

interface SafetyPlanPrintProps {
  family: NetworkSafetyPlanQuery['family'];
  networkMemberId: string;
}

/**
 * A network member's safety plan on paper: what they do, whom to call, plan B
 * and what everyone keeps to; from the network page's own query, so it holds
 * only what the API shows this network member.
 */
export function SafetyPlanPrint({ family, networkMemberId }: SafetyPlanPrintProps) {
  const { t } = useTranslation('planPrint');
  const { language } = useLanguage();
  usePageTitle(t('safetyPlan.pageTitle'));
  const parts = useMemo(() => printParts(family.plan), [family.plan]);
  const me = family.network.find((person) => person.id === networkMemberId);
  const myTasks = tasksOf(parts, networkMemberId);
  // The paper is the reader's own: the others are whom they can call; they are on it as "you" already.
  const others = family.network.filter((person) => person.id !== networkMemberId);
  const regisseur = family.involvements.find((involvement) => involvement.isRegisseur && !involvement.endedAt) ?? null;
  return (
    <PrintFrame backTo={portalPaths.network(family.id)} backLabel={t('actions.backToSafetyPlan')}>
      <header className="plan-print__header">
        <Heading level={1}>{t('safetyPlan.title', { family: family.name })}</Heading>
        <Paragraph purpose="lead">{t('safetyPlan.intro', { name: me?.name ?? '' })}</Paragraph>
        <Paragraph>{t('plan.printedOn', { date: formatDate(new Date(), language) })}</Paragraph>
      </header>

      <PrintSection title={t('safety.title')}>
        {parts.safetyPlan ? <PrintSafetyContact plan={parts.safetyPlan} regisseur={regisseur} /> : <Paragraph>{t('safety.empty')}</Paragraph>}
        {regisseur && (
          <Paragraph>
            {t('safetyPlan.regisseur', { name: regisseur.professionalName, organisation: regisseur.organisationName })}
            {regisseur.phone && <span className="plan-print__note"> {t('network.phone', { phone: regisseur.phone })}</span>}
          </Paragraph>
        )}
      </PrintSection>

      <PrintSection title={t('safetyPlan.myTasks')}>
        {myTasks.length === 0 ? (
          <Paragraph>{t('safetyPlan.noTasks')}</Paragraph>
        ) : (
          <PrintAgreements items={myTasks} caption={t('safetyPlan.myTasks')} myPartyId={networkMemberId} />
        )}
      </PrintSection>

      {parts.conditions.length > 0 && (
        <PrintSection title={t('safety.conditions')}>
          <PrintConditions conditions={parts.conditions} withHeading={false} />
        </PrintSection>
      )}

      {others.length > 0 && (
        <PrintSection title={t('safetyPlan.others')}>
          <ul className="plan-print__list">
            {others.map((person) => (
              <li key={person.id}>
                <strong>{t('network.person', { name: person.name, relation: person.relation })}</strong>
                {person.phone && <span className="plan-print__note"> {t('network.phone', { phone: person.phone })}</span>}
              </li>
            ))}
          </ul>
        </PrintSection>
      )}

      <PrintSignatures names={me ? [me.name] : []} />
    </PrintFrame>
  );
}
