import { PropsWithChildren } from 'react';

/** The items of one part of the plan, as a list a screen reader can count. */
export function ItemList({ children }: PropsWithChildren) {
  return <ul className="bare-list plan-items">{children}</ul>;
}
