import { Button, Paragraph } from '@rijkshuisstijl-community/components-react';
import { RefObject, useEffect, useRef, useState } from 'react';

/**
 * How many items a long list shows at first and adds per press: a family followed for years
 * has hundreds of logbook entries and agreements, and a page of all of them buries today's.
 */
export const FOLD_FIRST = 20;
export const FOLD_STEP = 20;

/** What a folded list's texts count. */
export interface FoldCounts {
  /** How many the next press shows. */
  next: number;
  /** How many are folded away. */
  folded: number;
  /** How many the whole list holds. */
  total: number;
}

export interface FoldTexts {
  summary: string;
  label: string;
}

export interface Fold<T> extends FoldCounts {
  /** The items on screen: the first ones, in the order given. */
  shown: readonly T[];
  showMore: () => void;
  /** For the list whose items are shown: the first newly shown one gets the focus. */
  listRef: RefObject<HTMLUListElement | null>;
}

interface FoldOptions<T> {
  first?: number;
  step?: number;
  /** An item a link points at (the address's #item-…): the list is never folded above it. */
  linked?: (item: T) => boolean;
}

/** The first `first` items (at least), and more on request; nothing is folded in a short list. */
export function useFold<T>(items: readonly T[], { first = FOLD_FIRST, step = FOLD_STEP, linked }: FoldOptions<T> = {}): Fold<T> {
  const [count, setCount] = useState(first);
  const listRef = useRef<HTMLUListElement>(null);
  const focusAt = useRef<number | null>(null);
  const linkedIndex = linked ? items.findIndex(linked) : -1;
  const shownCount = Math.max(count, first, linkedIndex + 1);

  useEffect(() => {
    const index = focusAt.current;
    if (index === null) return;
    focusAt.current = null;
    // Focus follows the reader to what is new, instead of staying on a button that moved down the page.
    const item = listRef.current?.children.item(index);
    if (item instanceof HTMLElement) {
      item.tabIndex = -1;
      item.focus();
    }
  }, [count]);

  const folded = Math.max(0, items.length - shownCount);
  return {
    shown: folded === 0 ? items : items.slice(0, shownCount),
    next: Math.min(step, folded),
    folded,
    total: items.length,
    showMore: () => {
      focusAt.current = shownCount;
      setCount(shownCount + step);
    },
    listRef,
  };
}

interface ShowMoreProps {
  fold: Pick<Fold<unknown>, 'folded' | 'showMore'>;
  /** Says how much is on screen, e.g. "Je ziet 20 van de 280 berichten, de nieuwste eerst." */
  summary: string;
  /** Says what the press shows, e.g. "Toon 20 oudere berichten". */
  label: string;
}

/** Under a folded list: how much is folded, and the button that shows more; absent when nothing is folded. */
export function ShowMore({ fold, summary, label }: ShowMoreProps) {
  if (fold.folded === 0) return null;
  return (
    <div className="show-more">
      <Paragraph>{summary}</Paragraph>
      <Button type="button" appearance="secondary-action-button" onClick={fold.showMore}>
        {label}
      </Button>
    </div>
  );
}
