import { Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { generatePath } from 'react-router-dom';
import { RouterLink } from '../../../shared/components/router-link';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { PATHS } from '../../../shared/paths';

interface NotForYouProps {
  familyId: string;
  /** A professional is sent to the family's plan page, anyone else home. */
  professional: boolean;
  texts: { title: string; message: string; professionalLink: string; homeLink: string };
}

/** A portal page opened by someone it is not for: says whose page it is and where to go instead. */
export function NotForYou({ familyId, professional, texts }: NotForYouProps) {
  usePageTitle(texts.title);
  return (
    <>
      <Heading level={1}>{texts.title}</Heading>
      <Paragraph>{texts.message}</Paragraph>
      <Paragraph>
        <RouterLink to={professional ? generatePath(PATHS.familyPlan, { familyId }) : PATHS.home}>
          {professional ? texts.professionalLink : texts.homeLink}
        </RouterLink>
      </Paragraph>
    </>
  );
}
