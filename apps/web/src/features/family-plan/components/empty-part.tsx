import { Paragraph } from '@rijkshuisstijl-community/components-react';
import { PropsWithChildren } from 'react';

/** Said where a part of the plan has nothing yet, with what to do about it. */
export function EmptyPart({ children }: PropsWithChildren) {
  return <Paragraph className="plan-empty">{children}</Paragraph>;
}
