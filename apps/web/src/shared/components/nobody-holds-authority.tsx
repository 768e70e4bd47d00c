import { Alert, Paragraph } from '@rijkshuisstijl-community/components-react';
import { MemberFact, nobodyHoldsAuthority } from '@gezinsplan/access-policy';
import { dutchToday } from '@gezinsplan/domain';
import { useTranslation } from 'react-i18next';

type Member = Omit<MemberFact, 'dateOfBirth'> & { dateOfBirth?: string | null };

/** By the rules of the access policy, today: a member whose date of birth is not shown is judged by nobody. */
export function lacksAuthorityHolder(member: Member, members: readonly Member[]): boolean {
  const facts = members.flatMap((m) => (m.dateOfBirth ? [{ ...m, dateOfBirth: m.dateOfBirth }] : []));
  const subject = facts.find((m) => m.id === member.id);
  return subject !== undefined && nobodyHoldsAuthority(subject, facts, dutchToday());
}

/**
 * A minor under 16 over whom nobody in the plan holds parental authority: no
 * consent about them can be complete, so the page says what to do instead.
 */
export function NobodyHoldsAuthority({ name }: { name: string }) {
  const { t } = useTranslation('vocabulary');
  return (
    <Alert type="warning">
      <Paragraph>{t('authority.nobody', { name })}</Paragraph>
    </Alert>
  );
}
