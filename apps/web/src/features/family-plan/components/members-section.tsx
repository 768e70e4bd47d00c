import { Link } from '@rijkshuisstijl-community/components-react';
import { useTranslation } from 'react-i18next';
import { FamilyPlanQuery } from '../../../graphql/generated/graphql';
import { memberName } from '../../../shared/components/member-names';
import { PlanSection } from './plan-section';
import { PlanSubsection } from './plan-subsection';

type Family = FamilyPlanQuery['family'];

interface MembersSectionProps {
  members: Family['members'];
  network: Family['network'];
}

/** The family (with age and parental authority, which decide who consents) and its network. */
export function MembersSection({ members, network }: MembersSectionProps) {
  const { t } = useTranslation('familyPlan');
  const { t: tv } = useTranslation('vocabulary');
  return (
    <PlanSection id="gezin" title={t('sections.family')}>
      <ul className="people-list">
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
          </li>
        ))}
      </ul>
      <PlanSubsection title={t('members.network')}>
        {network.length === 0 ? (
          <p>{t('members.noNetwork')}</p>
        ) : (
          <ul className="people-list">
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
              </li>
            ))}
          </ul>
        )}
      </PlanSubsection>
    </PlanSection>
  );
}
