import { Heading, HeadingLevel, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useTranslation } from 'react-i18next';
import { ExistingPlanFieldsFragment } from '../../../graphql/generated/graphql';
import { ExistingPlanContact } from '../../../shared/components/existing-plan-contact';

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
  return (
    <section className="match-card__part existing-plan" aria-label={t('existingPlan.title', { name })}>
      <Heading level={headingLevel}>{t('existingPlan.title', { name })}</Heading>
      <Paragraph>{t('existingPlan.intro', { name })}</Paragraph>
      <ExistingPlanContact
        plan={plan}
        request={{ label: t('existingPlan.ask'), subject: t('existingPlan.mailSubject'), body: t('existingPlan.mailBody') }}
      />
    </section>
  );
}
