import { FamilyMemberFieldsFragment, InvolvementFieldsFragment } from '../../../graphql/generated/graphql';
import { orderInvolvements } from '../utils/involvement-order';
import { InvolvementCard } from './involvement-card';

interface InvolvementListProps {
  involvements: readonly InvolvementFieldsFragment[];
  members: readonly FamilyMemberFieldsFragment[];
  ownInvolvementId?: string | null;
}

/** Who is involved, the core of one family, one plan: everyone involved and the family see this list. */
export function InvolvementList({ involvements, members, ownInvolvementId }: InvolvementListProps) {
  return (
    <ul className="involvements">
      {orderInvolvements(involvements).map((involvement) => (
        <InvolvementCard
          key={involvement.id}
          involvement={involvement}
          members={members}
          isMine={involvement.id === ownInvolvementId}
        />
      ))}
    </ul>
  );
}
