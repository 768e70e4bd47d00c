import { dutchToday } from '@gezinsplan/domain';
import { Paragraph } from '@rijkshuisstijl-community/components-react';
import { useTranslation } from 'react-i18next';
import { PortalConsentsQuery } from '../../../graphql/generated/graphql';
import { formatDate } from '../../../i18n/format-date';
import { useLanguage } from '../../../i18n/use-language';
import { memberName } from '../../../shared/components/member-names';

type Family = PortalConsentsQuery['family'];

/**
 * For each child whose authority a court put with a certified institution
 * today: who now decides on consent for them. From the family's own records
 * (they are party to the ruling), not from who-must-consent, which is for
 * professionals only.
 */
export function InstitutionAuthorityNotice({ family, memberId }: { family: Family; memberId: string }) {
  const { t } = useTranslation('familyPortal');
  const { language } = useLanguage();
  const today = dutchToday();
  const current = family.institutionalAuthorities.filter((a) => a.startsOn <= today && (!a.endsOn || today <= a.endsOn));
  return (
    <>
      {current.map((authority) => {
        const member = family.members.find((m) => m.id === authority.memberId);
        if (!member) return null;
        const institution = authority.organisationName;
        return (
          <Paragraph key={authority.id}>
            {authority.memberId === memberId
              ? t('consents.institutionAuthority.self', { institution })
              : t('consents.institutionAuthority.other', { name: memberName(member), institution })}
            {authority.endsOn && ` ${t('consents.institutionAuthority.until', { date: formatDate(new Date(`${authority.endsOn}T12:00:00Z`), language) })}`}
          </Paragraph>
        );
      })}
    </>
  );
}
