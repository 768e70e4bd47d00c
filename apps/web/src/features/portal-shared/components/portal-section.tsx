import { PropsWithChildren, ReactNode } from 'react';
import { TitledSection } from '../../../shared/components/titled-section';

interface PortalSectionProps {
  /** The anchor the page's table of contents links to. */
  id: string;
  title: string;
  intro?: ReactNode;
}

/** One part of a page, named by its heading so that it can be found in the list of landmarks too. */
export function PortalSection(props: PropsWithChildren<PortalSectionProps>) {
  return <TitledSection className="portal-section" {...props} />;
}
