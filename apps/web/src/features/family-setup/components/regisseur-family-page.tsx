import { Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { generatePath } from 'react-router-dom';
import { FamilyPeopleQuery } from '../../../graphql/generated/graphql';
import { PageLoading } from '../../../shared/components/page-loading';
import { QueryProblemPage } from '../../../shared/components/query-problem-page';
import { RouterLink } from '../../../shared/components/router-link';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { PATHS } from '../../../shared/paths';
import { useFamilyPeople } from '../hooks/use-family-people';

interface RegisseurFamilyPageProps {
  familyId: string;
  /** The page's heading and title, from the family once it is known. */
  title: (family: FamilyPeopleQuery['family'] | null) => string;
  children: (family: FamilyPeopleQuery['family']) => ReactNode;
}

/**
 * A page of the regisseur's around the family's people: the way back to the
 * plan, the heading, and the content for the regisseur only. The API refuses
 * anyone else too; this only keeps the page from offering what it would refuse.
 */
export function RegisseurFamilyPage({ familyId, title, children }: RegisseurFamilyPageProps) {
  const { t } = useTranslation('familySetup');
  const { family, loading, error, refetch } = useFamilyPeople(familyId);
  usePageTitle(title(family));
  if (loading) return <PageLoading />;
  if (!family) return <QueryProblemPage error={error} onRetry={() => void refetch().catch(() => undefined)} />;
  return (
    <>
      <Paragraph>
        <RouterLink to={generatePath(PATHS.familyPlan, { familyId })}>{t('backToPlan', { family: family.name })}</RouterLink>
      </Paragraph>
      <Heading level={1}>{title(family)}</Heading>
      {family.myRelation.isRegisseur ? children(family) : <Paragraph>{t('notRegisseur')}</Paragraph>}
    </>
  );
}
