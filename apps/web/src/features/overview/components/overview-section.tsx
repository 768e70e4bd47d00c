import { Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { PropsWithChildren, useId } from 'react';

interface OverviewSectionProps {
  title: string;
  /** What the list means, shown when it has entries. */
  description?: string;
  /** What it means that the list is empty, and what to do next. */
  emptyText: string;
  isEmpty: boolean;
}

/** One list of the overview under its own heading, or a sentence saying why it is empty. */
export function OverviewSection({ title, description, emptyText, isEmpty, children }: PropsWithChildren<OverviewSectionProps>) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="overview-section">
      <Heading level={2} id={headingId}>
        {title}
      </Heading>
      {isEmpty ? (
        <Paragraph className="plan-empty">{emptyText}</Paragraph>
      ) : (
        <>
          {description && <Paragraph>{description}</Paragraph>}
          {children}
        </>
      )}
    </section>
  );
}
