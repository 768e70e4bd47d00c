import { Paragraph } from '@rijkshuisstijl-community/components-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { AddMemberForm } from './add-member-form';
import { RegisseurFamilyPage } from './regisseur-family-page';

/** /gezinnen/:familyId/gezinslid-toevoegen — the regisseur adds someone to the family. */
export function AddMemberPage() {
  const { t } = useTranslation('familySetup');
  const { familyId = '' } = useParams();
  return (
    <RegisseurFamilyPage
      familyId={familyId}
      title={(family) => (family ? t('addMember.title', { family: family.name }) : t('addMember.titleShort'))}
    >
      {(family) => (
        <>
          <Paragraph purpose="lead">{t('addMember.intro')}</Paragraph>
          <AddMemberForm familyId={familyId} familyName={family.members[0]?.familyName ?? ''} />
        </>
      )}
    </RegisseurFamilyPage>
  );
}
