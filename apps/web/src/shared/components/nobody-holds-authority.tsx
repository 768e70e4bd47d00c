import { Alert, Paragraph } from '@rijkshuisstijl-community/components-react';
import { AuthorityPeriod, MemberFact, nobodyHoldsAuthority } from '@gezinsplan/access-policy';
import { dutchToday } from '@gezinsplan/domain';
import { useTranslation } from 'react-i18next';

type Member = Omit<MemberFact, 'dateOfBirth'> & { dateOfBirth?: string | null };
type Period = Omit<AuthorityPeriod, 'endsOn'> & { endsOn?: string | null };

/**
 * By the rules of the access policy, today, with the certified institutions
 * recorded as holding authority: a member whose date of birth is not shown is judged by nobody.
 */
export function lacksAuthorityHolder(member: Member, members: readonly Member[], periods: readonly Period[]): boolean {
  const facts = members.flatMap((m) => (m.dateOfBirth ? [{ ...m, dateOfBirth: m.dateOfBirth }] : []));
  const subject = facts.find((m) => m.id === member.id);
  const institutionalAuthorities = periods.map((period) => ({ ...period, endsOn: period.endsOn ?? null }));
  return subject !== undefined && nobodyHoldsAuthority(subject, { today: dutchToday(), members: facts, institutionalAuthorities });
}

/** By the API's requirement: nobody, neither a family member nor a certified institution, can consent about this member. */
export function nobodyCanConsent(requirement: { requiredConsenterIds: readonly string[]; requiredInstitutionId?: string | null }): boolean {
  return requirement.requiredConsenterIds.length === 0 && !requirement.requiredInstitutionId;
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
