import { Paragraph } from '@rijkshuisstijl-community/components-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { AddNetworkMemberForm } from './add-network-member-form';
import { RegisseurFamilyPage } from './regisseur-family-page';

/** /gezinnen/:familyId/netwerklid-toevoegen — the regisseur adds someone from the family's network. */
export function AddNetworkMemberPage() {
  const { t } = useTranslation('familySetup');
  const { familyId = '' } = useParams();
  return (
    <RegisseurFamilyPage
      familyId={familyId}
      title={(family) => (family ? t('addNetworkMember.title', { family: family.name }) : t('addNetworkMember.titleShort'))}
    >
      {() => (
        <>
          <Paragraph purpose="lead">{t('addNetworkMember.intro')}</Paragraph>
          <AddNetworkMemberForm familyId={familyId} />
        </>
      )}
    </RegisseurFamilyPage>
  );
}
