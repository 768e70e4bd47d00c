import { ApolloCache, Reference } from '@apollo/client';
import { PortalPlanItemFragment } from '../../../graphql/generated/graphql';

/**
 * Adds a new item (already in the cache as the mutation's answer) to the
 * family's plan list, so that it shows at once without asking for the whole
 * plan again, which would also add a line to the family's access log.
 */
export function appendToPlan(cache: ApolloCache, familyId: string, item: PortalPlanItemFragment): void {
  const itemRef = cache.identify({ __typename: 'PlanItem', id: item.id });
  if (!itemRef) return;
  cache.modify({
    id: cache.identify({ __typename: 'Family', id: familyId }),
    fields: {
      plan(existing: readonly Reference[] = [], { toReference }) {
        if (existing.some((ref) => ref.__ref === itemRef)) return existing;
        const added = toReference(itemRef);
        return added ? [...existing, added] : existing;
      },
    },
  });
}
