import { Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n/use-language';
import { formatDay } from '../utils/dates';
import { PortalPlanItem } from '../utils/plan-items';
import { ContactLinks } from './contact-links';
import { ItemExtras } from './item-extras';

interface Regisseur {
  professionalName: string;
  organisationName: string;
  phone?: string | null;
  email: string;
}

interface SafetyPlanContactProps {
  plan: PortalPlanItem;
  regisseur: Regisseur | null;
  headingLevel?: 2 | 3;
}

/** Whom to call when worried, and what happens when the plan does not work: the two things to find first. */
export function SafetyPlanContact({ plan, regisseur, headingLevel = 3 }: SafetyPlanContactProps) {
  const { t } = useTranslation('portal');
  const { language } = useLanguage();
  const titleId = useId();
  const contactIsRegisseur = regisseur !== null && Boolean(plan.contactName?.includes(regisseur.professionalName));
  const contactPhone = plan.contactPhone ?? (contactIsRegisseur ? regisseur.phone : null);
  return (
    <div className="portal-safety">
      <Paragraph className="portal-text" purpose="lead" id={titleId}>
        {plan.text}
      </Paragraph>
      <div className="portal-callout">
        <Heading level={headingLevel}>{t('safetyPlan.contact')}</Heading>
        <Paragraph>
          <strong>{plan.contactName}</strong>
        </Paragraph>
        {/* Often the regisseur is the contact person: then their own details belong under their name. */}
        <ContactLinks phone={contactPhone} email={contactIsRegisseur ? regisseur.email : null} />
        {!contactPhone && <Paragraph>{t('safetyPlan.noPhone')}</Paragraph>}
        {regisseur && !contactIsRegisseur && (
          <>
            <Paragraph>
              {t('safetyPlan.regisseur', {
                name: regisseur.professionalName,
                organisation: regisseur.organisationName,
              })}
            </Paragraph>
            <ContactLinks phone={regisseur.phone} email={regisseur.email} />
          </>
        )}
      </div>
      {plan.planB && (
        <div className="portal-callout portal-callout--plan-b">
          <Heading level={headingLevel}>{t('safetyPlan.planB')}</Heading>
          <Paragraph className="portal-text">{plan.planB}</Paragraph>
        </div>
      )}
      {(plan.startsOn || plan.endsOn || plan.dueOn) && (
        <Paragraph>
          {plan.startsOn && plan.endsOn
            ? t('safetyPlan.period', {
                from: formatDay(plan.startsOn, language),
                until: formatDay(plan.endsOn, language),
              })
            : null}{' '}
          {plan.dueOn && t('safetyPlan.evaluation', { date: formatDay(plan.dueOn, language) })}
        </Paragraph>
      )}
      <ItemExtras item={plan} describedBy={titleId} />
    </div>
  );
}
