import { Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { PropsWithChildren } from 'react';
import { useTranslation } from 'react-i18next';
import { generatePath, Navigate } from 'react-router-dom';
import { RouterLink } from '../../../shared/components/router-link';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { PATHS } from '../../../shared/paths';
import { portalPaths } from '../../portal-shared/portal-paths';
import { FamilyPortalNav } from './family-portal-nav';

interface FamilyPortalFrameProps {
  family: { id: string; name: string; myRelation: { type: string } };
  title: string;
}

/** Not the family's own page: a network member has their own, a professional works elsewhere. */
function NotForYou({ familyId, professional }: { familyId: string; professional: boolean }) {
  const { t } = useTranslation('familyPortal');
  usePageTitle(t('notForYou.title'));
  return (
    <>
      <Heading level={1}>{t('notForYou.title')}</Heading>
      <Paragraph>{t('notForYou.message')}</Paragraph>
      <Paragraph>
        <RouterLink to={professional ? generatePath(PATHS.familyPlan, { familyId }) : PATHS.home}>
          {professional ? t('notForYou.professionalLink') : t('notForYou.homeLink')}
        </RouterLink>
      </Paragraph>
    </>
  );
}

function Frame({ family, title, children }: PropsWithChildren<FamilyPortalFrameProps>) {
  usePageTitle(title);
  return (
    <div className="portal-page">
      <Paragraph className="portal-page__family">{family.name}</Paragraph>
      <Heading level={1}>{title}</Heading>
      <FamilyPortalNav familyId={family.id} />
      {children}
    </div>
  );
}

/** The family portal's pages: the family's name, the page's title and the way to the other pages. */
export function FamilyPortalFrame(props: PropsWithChildren<FamilyPortalFrameProps>) {
  const relation = props.family.myRelation.type;
  if (relation === 'NETWORK_MEMBER') return <Navigate to={portalPaths.network(props.family.id)} replace />;
  if (relation !== 'FAMILY_MEMBER') return <NotForYou familyId={props.family.id} professional={relation === 'PROFESSIONAL'} />;
  return <Frame {...props} />;
}
