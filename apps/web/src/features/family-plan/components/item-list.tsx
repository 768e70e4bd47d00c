import { PropsWithChildren, RefObject } from 'react';

interface ItemListProps {
  /** Set by a folded list, to move the focus to the items it adds. */
  listRef?: RefObject<HTMLUListElement | null>;
}

/** The items of one part of the plan, as a list a screen reader can count. */
export function ItemList({ children, listRef }: PropsWithChildren<ItemListProps>) {
  return (
    <ul ref={listRef} className="bare-list plan-items">
      {children}
    </ul>
  );
}
