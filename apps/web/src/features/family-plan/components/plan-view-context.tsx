import { createContext, useContext } from 'react';
import { FamilyMemberFieldsFragment, PlanItemFieldsFragment } from '../../../graphql/generated/graphql';
import { PlanEditor } from '../../plan-items/utils/plan-editor';

/** What every part of the plan needs to show its items: names, goals, responses, today, and who may edit. */
export interface PlanView {
  members: readonly FamilyMemberFieldsFragment[];
  goals: readonly PlanItemFieldsFragment[];
  responsesByTarget: ReadonlyMap<string, PlanItemFieldsFragment[]>;
  /** The Dutch calendar day, YYYY-MM-DD. */
  today: string;
  /** Null where nothing can be changed: an adopted version, or no active involvement. */
  editor: PlanEditor | null;
  /** The item a link points at (#item-<id>): a folded list keeps it on screen. */
  linkedItemId?: string | null;
}

const PlanViewContext = createContext<PlanView | null>(null);

export const PlanViewProvider = PlanViewContext.Provider;

export function usePlanView(): PlanView {
  const view = useContext(PlanViewContext);
  if (!view) throw new Error('usePlanView is used outside a PlanViewProvider');
  return view;
}
