import { Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n/use-language';
import { formatDay } from '../../portal-shared/utils/dates';
import { PortalPlanItem } from '../../portal-shared/utils/plan-items';
import { PrintParts } from '../utils/print-parts';
import { PrintAgreements } from './print-agreements';

interface Regisseur {
  professionalName: string;
  phone?: string | null;
}

/** Whom to call, plan B and how long the safety plan runs: what must be on the fridge door. */
export function PrintSafetyContact({ plan, regisseur }: { plan: PortalPlanItem; regisseur: Regisseur | null }) {
  const { t } = useTranslation('planPrint');
  const { language } = useLanguage();
  // Often the regisseur is the contact person: then the regisseur's own number is the one to call.
  const contactIsRegisseur = regisseur !== null && Boolean(plan.contactName?.includes(regisseur.professionalName));
  const phone = plan.contactPhone ?? (contactIsRegisseur ? regisseur.phone : null);
  return (
    <div className="plan-print__safety">
      <Paragraph purpose="lead">{plan.text}</Paragraph>
      <div className="plan-print__callout">
        <Heading level={3}>{t('safety.contact')}</Heading>
        <Paragraph>
          <strong>{plan.contactName}</strong>
        </Paragraph>
        <Paragraph>{phone ? t('network.phone', { phone }) : t('safety.noPhone')}</Paragraph>
      </div>
      {plan.planB && (
        <div className="plan-print__callout">
          <Heading level={3}>{t('safety.planB')}</Heading>
          <Paragraph>{plan.planB}</Paragraph>
        </div>
      )}
      {plan.startsOn && plan.endsOn && (
        <Paragraph>
          {t('safety.period', { from: formatDay(plan.startsOn, language), until: formatDay(plan.endsOn, language) })}
        </Paragraph>
      )}
      <Paragraph>
        <strong>{t('safety.emergency')}</strong>
      </Paragraph>
    </div>
  );
}

/** The conditions everyone keeps to, as a plain list, under a heading of its own unless the section names it. */
export function PrintConditions({ conditions, withHeading = true }: { conditions: readonly PortalPlanItem[]; withHeading?: boolean }) {
  const { t } = useTranslation('planPrint');
  if (conditions.length === 0) return null;
  return (
    <>
      {withHeading && <Heading level={3}>{t('safety.conditions')}</Heading>}
      <ul className="plan-print__list">
        {conditions.map((condition) => (
          <li key={condition.id}>{condition.text}</li>
        ))}
      </ul>
    </>
  );
}

/** The whole safety plan as the plan on paper shows it: contact, plan B, conditions, agreements and roster. */
export function PrintSafetyPlan({ parts, regisseur }: { parts: PrintParts; regisseur: Regisseur | null }) {
  const { t } = useTranslation('planPrint');
  return (
    <>
      {parts.safetyPlan ? <PrintSafetyContact plan={parts.safetyPlan} regisseur={regisseur} /> : <Paragraph>{t('safety.empty')}</Paragraph>}
      <PrintConditions conditions={parts.conditions} />
      {parts.safetyAgreements.length > 0 && <PrintAgreements items={parts.safetyAgreements} caption={t('safety.agreements')} />}
      {parts.roster.length > 0 && <PrintAgreements items={parts.roster} caption={t('safety.roster')} />}
    </>
  );
}
