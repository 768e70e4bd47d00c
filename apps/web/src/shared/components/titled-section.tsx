import { Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { PropsWithChildren, ReactNode, useId } from 'react';

interface TitledSectionProps {
  title: string;
  intro?: ReactNode;
  className: string;
  /** An anchor a table of contents links to. */
  id?: string;
}

/** One part of a page, named by its heading: a landmark a screen reader can list and jump to. */
export function TitledSection({ title, intro, className, id, children }: PropsWithChildren<TitledSectionProps>) {
  const headingId = useId();
  return (
    <section id={id} className={className} aria-labelledby={headingId}>
      <Heading level={2} id={headingId}>
        {title}
      </Heading>
      {intro && <Paragraph>{intro}</Paragraph>}
      {children}
    </section>
  );
}
