import { generatePath } from 'react-router-dom';
import { PATHS } from '../../../shared/paths';

/** The family's plan, scrolled to one item (the plan page focuses #item-<id>). */
export function itemLink(familyId: string, itemId?: string): string {
  const plan = generatePath(PATHS.familyPlan, { familyId });
  return itemId ? `${plan}#item-${itemId}` : plan;
}
