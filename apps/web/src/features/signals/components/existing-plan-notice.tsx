import { Heading, HeadingLevel, Link, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useTranslation } from 'react-i18next';
import { ExistingPlanFieldsFragment } from '../../../graphql/generated/graphql';

interface ExistingPlanNoticeProps {
  plan: ExistingPlanFieldsFragment;
  name: string;
  headingLevel: HeadingLevel;
}

/**
 * The young person already has a family plan: one family, one plan. Instead of a second plan,
 * the professional asks that plan's regisseur to involve them. The prepared e-mail names nobody:
 * mail can be read by others, and the regisseur knows whom it is about from the reply.
 */
export function ExistingPlanNotice({ plan, name, headingLevel }: ExistingPlanNoticeProps) {
  const { t } = useTranslation('signals');
  const request = `mailto:${plan.email}?subject=${encodeURIComponent(t('existingPlan.mailSubject'))}&body=${encodeURIComponent(t('existingPlan.mailBody'))}`;
  return (
    <section className="match-card__part existing-plan" aria-label={t('existingPlan.title', { name })}>
      <Heading level={headingLevel}>{t('existingPlan.title', { name })}</Heading>
      <Paragraph>{t('existingPlan.intro', { name })}</Paragraph>
      <dl className="plan-facts">
        <div className="plan-facts__row">
          <dt>{t('existingPlan.regisseur')}</dt>
          <dd>{plan.organisationName ? t('existingPlan.who', { name: plan.regisseurName, organisation: plan.organisationName }) : plan.regisseurName}</dd>
        </div>
        {plan.phone && (
          <div className="plan-facts__row">
            <dt>{t('signal.phone')}</dt>
            <dd>
              <Link href={`tel:${plan.phone.replace(/[^\d+]/g, '')}`}>{plan.phone}</Link>
            </dd>
          </div>
        )}
        <div className="plan-facts__row">
          <dt>{t('signal.email')}</dt>
          <dd>
            <Link href={`mailto:${plan.email}`}>{plan.email}</Link>
          </dd>
        </div>
      </dl>
      <Paragraph>
        <Link href={request}>{t('existingPlan.ask')}</Link>
      </Paragraph>
    </section>
  );
}
