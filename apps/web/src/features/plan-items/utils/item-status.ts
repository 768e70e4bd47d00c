/** Every status an item can have: goals, agreements (and safety agreements), evaluations. */
export const ITEM_STATUSES = ['OPEN', 'DONE', 'NOT_KEPT', 'ACHIEVED', 'STOPPED', 'PLANNED', 'HELD'] as const;

export type ItemStatus = (typeof ITEM_STATUSES)[number];

export function isItemStatus(value: unknown): value is ItemStatus {
  return typeof value === 'string' && (ITEM_STATUSES as readonly string[]).includes(value);
}
