import { Heading } from '@rijkshuisstijl-community/components-react';
import { PropsWithChildren, useId } from 'react';

interface PlanSubsectionProps {
  title: string;
}

/** A part within a part: a life domain of the situation, the roster of the safety plan. */
export function PlanSubsection({ title, children }: PropsWithChildren<PlanSubsectionProps>) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="plan-subsection">
      <Heading level={3} id={headingId}>
        {title}
      </Heading>
      {children}
    </section>
  );
}
