import { ReactNode } from 'react';

export interface ItemFact {
  label: string;
  value: ReactNode;
}

/** Anything falsy (an empty date, a missing assignee) is left out. */
export type ItemFactList = readonly (ItemFact | null | false | undefined | '')[];

interface ItemFactsProps {
  facts: ItemFactList;
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
