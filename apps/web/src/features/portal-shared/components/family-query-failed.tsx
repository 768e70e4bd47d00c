import { Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useTranslation } from 'react-i18next';
import { RouterLink } from '../../../shared/components/router-link';
import { ServiceUnavailable } from '../../../shared/components/service-unavailable';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { PATHS } from '../../../shared/paths';
import { FamilyQueryProblem, familyQueryProblemOf } from '../utils/family-query-problem';

interface FamilyQueryFailedProps {
  error: unknown;
  onRetry: () => void;
}

function ProblemPage({ problem }: { problem: Exclude<FamilyQueryProblem, 'unavailable'> }) {
  const { t } = useTranslation('portal');
  usePageTitle(t(`familyProblems.${problem}.title`));
  return (
    <>
      <Heading level={1}>{t(`familyProblems.${problem}.title`)}</Heading>
      <Paragraph>{t(`familyProblems.${problem}.message`)}</Paragraph>
      <Paragraph>
        <RouterLink to={problem === 'signedOut' ? PATHS.signIn : PATHS.home}>
          {t(`familyProblems.${problem}.link`)}
        </RouterLink>
      </Paragraph>
    </>
  );
}

/** What a family's page shows when the family could not be read. */
export function FamilyQueryFailed({ error, onRetry }: FamilyQueryFailedProps) {
  const problem = familyQueryProblemOf(error);
  if (problem === 'unavailable') return <ServiceUnavailable error={error} onRetry={onRetry} />;
  return <ProblemPage problem={problem} />;
}
