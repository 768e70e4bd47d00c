import { Paragraph } from '@rijkshuisstijl-community/components-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { EditNetworkMemberForm } from './edit-network-member-form';
import { NetworkMemberHistory } from './network-member-history';
import { RegisseurFamilyPage } from './regisseur-family-page';

/** /gezinnen/:familyId/netwerk/:networkMemberId/wijzigen — the regisseur corrects one network member's details. */
export function EditNetworkMemberPage() {
  const { t } = useTranslation('familySetup');
  const { familyId = '', networkMemberId = '' } = useParams();
  return (
    <RegisseurFamilyPage
      familyId={familyId}
      title={(family) => {
        const person = family?.network.find((candidate) => candidate.id === networkMemberId);
        return person ? t('editNetworkMember.title', { name: person.name }) : t('editNetworkMember.titleShort');
      }}
    >
      {(family) => {
        const person = family.network.find((candidate) => candidate.id === networkMemberId);
        return person ? (
          <>
            <Paragraph purpose="lead">{t('editNetworkMember.intro')}</Paragraph>
            <EditNetworkMemberForm key={person.id} familyId={familyId} person={person} />
            <NetworkMemberHistory key={`${person.id}:${person.version}`} person={person} />
          </>
        ) : (
          <Paragraph>{t('editNetworkMember.notFound')}</Paragraph>
        );
      }}
    </RegisseurFamilyPage>
  );
}
