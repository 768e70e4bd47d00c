import { Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { PropsWithChildren } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router-dom';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { NotForYou } from '../../portal-shared/components/not-for-you';
import { portalPaths } from '../../portal-shared/portal-paths';
import { FamilyPortalNav } from './family-portal-nav';

interface FamilyPortalFrameProps {
  family: { id: string; name: string; myRelation: { type: string } };
  title: string;
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
  const { t } = useTranslation('familyPortal');
  const relation = props.family.myRelation.type;
  if (relation === 'NETWORK_MEMBER') return <Navigate to={portalPaths.network(props.family.id)} replace />;
  if (relation !== 'FAMILY_MEMBER') {
    const texts = { title: t('notForYou.title'), message: t('notForYou.message'), professionalLink: t('notForYou.professionalLink'), homeLink: t('notForYou.homeLink') };
    return <NotForYou familyId={props.family.id} professional={relation === 'PROFESSIONAL'} texts={texts} />;
  }
  return <Frame {...props} />;
}
