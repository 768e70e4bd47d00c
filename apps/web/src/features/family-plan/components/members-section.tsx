import { Link } from '@rijkshuisstijl-community/components-react';
import { useTranslation } from 'react-i18next';
import { FamilyPlanQuery } from '../../../graphql/generated/graphql';
import { memberName } from '../../../shared/components/member-names';
import { AddPersonLink, EditMemberLink, EditNetworkMemberLink } from '../../family-setup/components/family-people-links';
import { mayHavePortalAccount, memberInvitee, networkInvitee } from '../utils/portal-invitation';
import { PlanSection } from './plan-section';
import { PlanSubsection } from './plan-subsection';
import { PortalInvitation } from './portal-invitation';

type Family = FamilyPlanQuery['family'];

interface MembersSectionProps {
  familyId: string;
  members: Family['members'];
  network: Family['network'];
  /** The regisseur opens the family portal to family members of 12 and over and to the network. */
  isRegisseur: boolean;
}

/** The family (with age and parental authority, which decide who consents) and its network; the regisseur adds and corrects people. */
export function MembersSection({ familyId, members, network, isRegisseur }: MembersSectionProps) {
  const { t } = useTranslation('familyPlan');
  const { t: tv } = useTranslation('vocabulary');
  const { t: tp } = useTranslation('portalInvitation');
  const hasYoungChildren = members.some((member) => !mayHavePortalAccount(member));
  return (
    <PlanSection id="gezin" title={t('sections.family')}>
      <ul className="bare-list people-list">
        {members.map((member) => (
          <li key={member.id}>
            <strong>{memberName(member)}</strong>
            {', '}
            {[
              tv(`roles.${member.role}`),
              member.age !== null && member.age !== undefined ? t('members.age', { count: member.age }) : null,
              member.hasParentalAuthority ? t('members.authority') : null,
              member.livesAtHome ? null : t('members.livesElsewhere'),
            ]
              .filter(Boolean)
              .join(', ')}
            {isRegisseur && <EditMemberLink familyId={familyId} member={member} />}
            {isRegisseur && mayHavePortalAccount(member) && (
              <PortalInvitation familyId={familyId} invitee={memberInvitee(member)} />
            )}
          </li>
        ))}
      </ul>
      {isRegisseur && <AddPersonLink familyId={familyId} to="member" />}
      {isRegisseur && hasYoungChildren && <p>{tp('childrenFrom12')}</p>}
      <PlanSubsection title={t('members.network')}>
        {network.length === 0 ? (
          <p>{t('members.noNetwork')}</p>
        ) : (
          <ul className="bare-list people-list">
            {network.map((person) => (
              <li key={person.id}>
                <strong>{person.name}</strong>
                {`, ${person.relation}`}
                {person.phone && (
                  <>
                    {', '}
                    <Link href={`tel:${person.phone}`}>{person.phone}</Link>
                  </>
                )}
                {person.email && (
                  <>
                    {', '}
                    <Link href={`mailto:${person.email}`}>{person.email}</Link>
                  </>
                )}
                {isRegisseur && <EditNetworkMemberLink familyId={familyId} person={person} />}
                {isRegisseur && <PortalInvitation familyId={familyId} invitee={networkInvitee(person)} />}
              </li>
            ))}
          </ul>
        )}
        {isRegisseur && <AddPersonLink familyId={familyId} to="network" />}
      </PlanSubsection>
    </PlanSection>
  );
}
