import { useEffect } from 'react';
import { useLocation } from 'react-router-dom';

/** The plan item the address points at (#item-<id>), if any: a folded list keeps it on screen. */
export function useLinkedItemId(): string | null {
  const { hash } = useLocation();
  return hash.startsWith('#item-') ? decodeURIComponent(hash.slice('#item-'.length)) : null;
}

/**
 * A link from the overview ends in #item-…: once the plan is on screen, that
 * item is scrolled into view and takes the focus, so the person lands on it.
 */
export function useScrollToItem(ready: boolean): void {
  const { hash } = useLocation();
  useEffect(() => {
    if (!ready || !hash.startsWith('#item-')) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (!target) return;
    target.scrollIntoView?.({ block: 'start' });
    target.focus({ preventScroll: true });
  }, [ready, hash]);
}
