import { Alert, Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useTranslation } from 'react-i18next';
import { PlanClosureFieldsFragment } from '../../../graphql/generated/graphql';
import { FormattedMoment } from '../../../shared/components/formatted-date';

/** Who reads the banner: each is told what they can still do with a closed plan. */
export type ClosedPlanReader = 'professional' | 'family' | 'network';

interface ClosedPlanBannerProps {
  family: PlanClosureFieldsFragment;
  reader?: ClosedPlanReader;
}

/** Says, on every page of a closed plan, that it is closed, why, and how it went: it can be read, not changed. */
export function ClosedPlanBanner({ family, reader = 'professional' }: ClosedPlanBannerProps) {
  const { t } = useTranslation('familyPlan');
  if (!family.closedAt) return null;
  const closing = family.closureHistory.filter((event) => event.action === 'CLOSED').at(-1);
  return (
    <Alert type="info" className="closed-plan-banner">
      <Heading level={2}>{t('closure.banner.title')}</Heading>
      <Paragraph>
        {t('closure.banner.closedOn')} <FormattedMoment at={family.closedAt} />
        {closing && <> {t('closure.banner.by', { name: closing.byName })}</>}
      </Paragraph>
      {closing?.closingReason && <Paragraph>{t(`closure.reasons.${closing.closingReason}`)}</Paragraph>}
      {closing && <Paragraph className="plan-text">{closing.explanation}</Paragraph>}
      {closing?.finalEvaluation && (
        <>
          <Heading level={3}>{t('closure.banner.finalEvaluation')}</Heading>
          <Paragraph className="plan-text">{closing.finalEvaluation}</Paragraph>
        </>
      )}
      <Paragraph>{t(`closure.banner.readOnly.${reader}`)}</Paragraph>
    </Alert>
  );
}
