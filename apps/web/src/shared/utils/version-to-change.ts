/**
 * The version a change to a plan item applies to (its `expectedVersion`). A
 * redacted item has none (the API answers null, so that a reader who may not
 * read it does not learn how often it changed); such an item is never offered
 * for a change. Should one be anyway, 0 is refused by the API as an invalid
 * version instead of being applied to whatever the item is now.
 */
export function versionToChange(item: { version?: number | null }): number {
  return item.version ?? 0;
}

/** Whether an item was changed after it was written; never for a redacted item, whose changes are not told. */
export function wasChanged(item: { version?: number | null }): boolean {
  return (item.version ?? 0) > 1;
}
