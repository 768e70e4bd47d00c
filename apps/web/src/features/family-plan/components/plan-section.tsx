import { Heading } from '@rijkshuisstijl-community/components-react';
import { PropsWithChildren, ReactNode } from 'react';

interface PlanSectionProps {
  /** The anchor the contents link to, in Dutch like the addresses. */
  id: string;
  title: string;
  /** Shown under the heading, before the items. */
  intro?: ReactNode;
}

/** One part of the plan, under its own heading; it can take the focus when an item in it disappears. */
export function PlanSection({ id, title, intro, children }: PropsWithChildren<PlanSectionProps>) {
  const headingId = `${id}-titel`;
  return (
    <section id={id} aria-labelledby={headingId} tabIndex={-1} className="plan-section">
      <Heading level={2} id={headingId}>
        {title}
      </Heading>
      {intro}
      {children}
    </section>
  );
}
