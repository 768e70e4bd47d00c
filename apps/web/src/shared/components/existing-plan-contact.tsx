import { Link, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useTranslation } from 'react-i18next';

/** The regisseur of a plan someone already belongs to, as the API gives them. */
export interface ExistingPlanRegisseur {
  regisseurName: string;
  organisationName?: string | null;
  phone?: string | null;
  email: string;
}

interface ExistingPlanContactProps {
  plan: ExistingPlanRegisseur;
  /** The link's text and the prepared e-mail, in the words of the page that asks. */
  request: { label: string; subject: string; body: string };
}

/**
 * Whom to ask when a person already has a family plan (one family, one plan):
 * that plan's regisseur with their work contact details, and a prepared e-mail
 * that names nobody, since mail can be read by others.
 */
export function ExistingPlanContact({ plan, request }: ExistingPlanContactProps) {
  const { t } = useTranslation('shared');
  const mail = `mailto:${plan.email}?subject=${encodeURIComponent(request.subject)}&body=${encodeURIComponent(request.body)}`;
  return (
    <>
      <dl className="plan-facts">
        <div className="plan-facts__row">
          <dt>{t('existingPlan.regisseur')}</dt>
          <dd>{plan.organisationName ? t('existingPlan.who', { name: plan.regisseurName, organisation: plan.organisationName }) : plan.regisseurName}</dd>
        </div>
        {plan.phone && (
          <div className="plan-facts__row">
            <dt>{t('existingPlan.phone')}</dt>
            <dd>
              <Link href={`tel:${plan.phone.replace(/[^\d+]/g, '')}`}>{plan.phone}</Link>
            </dd>
          </div>
        )}
        <div className="plan-facts__row">
          <dt>{t('existingPlan.email')}</dt>
          <dd>
            <Link href={`mailto:${plan.email}`}>{plan.email}</Link>
          </dd>
        </div>
      </dl>
      <Paragraph>
        <Link href={mail}>{request.label}</Link>
      </Paragraph>
    </>
  );
}
