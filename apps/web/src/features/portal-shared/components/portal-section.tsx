import { Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { PropsWithChildren, ReactNode, useId } from 'react';

interface PortalSectionProps {
  /** The anchor the page's table of contents links to. */
  id: string;
  title: string;
  intro?: ReactNode;
}

/** One part of a page, named by its heading so that it can be found in the list of landmarks too. */
export function PortalSection({ id, title, intro, children }: PropsWithChildren<PortalSectionProps>) {
  const headingId = useId();
  return (
    <section id={id} className="portal-section" aria-labelledby={headingId}>
      <Heading level={2} id={headingId}>
        {title}
      </Heading>
      {intro && <Paragraph>{intro}</Paragraph>}
      {children}
    </section>
  );
}
