import { createContext, useContext } from 'react';
import { useLanguage } from '../../../i18n/use-language';
import { joinNames } from '../../../shared/components/member-names';
import { namesOf, PortalPlanItem } from '../../portal-shared/utils/plan-items';

/** What every part of "Ons plan" needs to know about the family and the person reading it. */
export interface OurPlan {
  familyId: string;
  /** The signed-in family member. */
  memberId: string;
  members: readonly { id: string; givenName: string; familyName: string }[];
  /** Comments and own views, per item they answer. */
  responses: ReadonlyMap<string, PortalPlanItem[]>;
  /** The family's point of contact, for the empty parts: whom to ask. */
  regisseurName: string | null;
  /** A closed plan is read-only: the family reads it, and responds to nothing. */
  closed: boolean;
}

const OurPlanContext = createContext<OurPlan | null>(null);

export const OurPlanProvider = OurPlanContext.Provider;

export function useOurPlan(): OurPlan {
  const plan = useContext(OurPlanContext);
  if (!plan) throw new Error('useOurPlan is used outside <OurPlanProvider>');
  return plan;
}

/** "Lars en Lisanne": the given names of these members, as the portal says them. */
export function useMemberNames(members: OurPlan['members']): (memberIds: readonly string[]) => string {
  const { language } = useLanguage();
  return (memberIds) => joinNames(namesOf(memberIds, members), language);
}
