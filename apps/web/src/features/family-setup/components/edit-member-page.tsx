import { Paragraph } from '@rijkshuisstijl-community/components-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { memberName } from '../../../shared/components/member-names';
import { lacksAuthorityHolder, NobodyHoldsAuthority } from '../../../shared/components/nobody-holds-authority';
import { EditMemberForm } from './edit-member-form';
import { InstitutionalAuthoritySection } from './institutional-authority-section';
import { RegisseurFamilyPage } from './regisseur-family-page';

/** /gezinnen/:familyId/gezinsleden/:memberId/wijzigen — the regisseur corrects one member's details. */
export function EditMemberPage() {
  const { t } = useTranslation('familySetup');
  const { familyId = '', memberId = '' } = useParams();
  return (
    <RegisseurFamilyPage
      familyId={familyId}
      title={(family) => {
        const member = family?.members.find((candidate) => candidate.id === memberId);
        return member ? t('editMember.title', { name: memberName(member) }) : t('editMember.titleShort');
      }}
    >
      {(family) => {
        const member = family.members.find((candidate) => candidate.id === memberId);
        return member ? (
          <>
            {lacksAuthorityHolder(member, family.members, family.institutionalAuthorities) && <NobodyHoldsAuthority name={memberName(member)} />}
            <EditMemberForm key={member.id} familyId={familyId} member={member} />
            <InstitutionalAuthoritySection family={family} member={member} />
          </>
        ) : (
          <Paragraph>{t('editMember.notFound')}</Paragraph>
        );
      }}
    </RegisseurFamilyPage>
  );
}
