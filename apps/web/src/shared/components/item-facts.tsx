import { ReactNode } from 'react';

export interface ItemFact {
  label: string;
  value: ReactNode;
}

interface ItemFactsProps {
  /** Anything falsy (an empty date, a missing assignee) is left out. */
  facts: readonly (ItemFact | null | false | undefined | '')[];
}

/** Who, when, status: the short facts of an item as label and value. Empty facts are left out. */
export function ItemFacts({ facts }: ItemFactsProps) {
  const shown = facts.filter((fact): fact is ItemFact => Boolean(fact));
  if (shown.length === 0) return null;
  return (
    <dl className="plan-facts">
      {shown.map((fact) => (
        <div key={fact.label} className="plan-facts__row">
          <dt>{fact.label}</dt>
          <dd>{fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}
