import { Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { PropsWithChildren, useId } from 'react';

interface PrintSectionProps {
  title: string;
  intro?: string;
}

/** One part of the paper, named by its heading (also a landmark on screen). */
export function PrintSection({ title, intro, children }: PropsWithChildren<PrintSectionProps>) {
  const headingId = useId();
  return (
    <section className="plan-print__section" aria-labelledby={headingId}>
      <Heading level={2} id={headingId}>
        {title}
      </Heading>
      {intro && <Paragraph>{intro}</Paragraph>}
      {children}
    </section>
  );
}
