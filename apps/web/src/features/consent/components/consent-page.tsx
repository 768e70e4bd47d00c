import { dutchToday } from '@gezinsplan/domain';
import { Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useTranslation } from 'react-i18next';
import { generatePath, useParams } from 'react-router-dom';
import { PageLoading } from '../../../shared/components/page-loading';
import { QueryProblemPage } from '../../../shared/components/query-problem-page';
import { RouterLink } from '../../../shared/components/router-link';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { PATHS } from '../../../shared/paths';
import { useFamilyConsent } from '../hooks/use-family-consent';
import { orderConsents } from '../utils/consent-status';
import { ConsentCard } from './consent-card';
import { ConsentRequirements } from './consent-requirements';
import { WhatYouCanDo } from './what-you-can-do';
import { RecordConsentForm } from './record-consent-form';

/** /gezinnen/:familyId/toestemming — who must consent today, what was recorded, and recording more. */
export function ConsentPage() {
  const { t } = useTranslation('consent');
  const { familyId = '' } = useParams();
  const { family, loading, error, refetch } = useFamilyConsent(familyId);
  usePageTitle(family ? t('title', { family: family.name }) : t('titleShort'));
  if (loading) return <PageLoading />;
  if (!family) return <QueryProblemPage error={error} onRetry={() => void refetch().catch(() => undefined)} />;

  const today = dutchToday();
  const mayRecord = family.myRelation.isRegisseur;
  const consents = orderConsents(family.consents, today);
  return (
    <>
      <Paragraph>
        <RouterLink to={generatePath(PATHS.familyPlan, { familyId })}>{t('backToPlan', { family: family.name })}</RouterLink>
      </Paragraph>
      <Heading level={1}>{t('title', { family: family.name })}</Heading>
      <Paragraph purpose="lead">{t('intro')}</Paragraph>
      {!mayRecord && <WhatYouCanDo family={family} />}
      <section aria-labelledby="wie-moet-toestemming-geven" className="plan-section">
        <Heading level={2} id="wie-moet-toestemming-geven">
          {t('requirements.title')}
        </Heading>
        <ConsentRequirements family={family} />
      </section>
      <section aria-labelledby="vastgelegde-toestemming" className="plan-section">
        <Heading level={2} id="vastgelegde-toestemming">
          {t('recorded.title')}
        </Heading>
        {consents.length === 0 ? (
          <Paragraph className="plan-empty">{t(mayRecord ? 'recorded.emptyRegisseur' : 'recorded.empty')}</Paragraph>
        ) : (
          <ul className="bare-list consent-list">
            {consents.map((consent) => (
              <ConsentCard key={consent.id} consent={consent} family={family} today={today} mayRecord={mayRecord} />
            ))}
          </ul>
        )}
      </section>
      {mayRecord && (
        <section aria-labelledby="toestemming-vastleggen" className="plan-section">
          <Heading level={2} id="toestemming-vastleggen">
            {t('record.title')}
          </Heading>
          <RecordConsentForm family={family} />
        </section>
      )}
    </>
  );
}
