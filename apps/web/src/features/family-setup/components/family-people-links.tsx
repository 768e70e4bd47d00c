import { useTranslation } from 'react-i18next';
import { generatePath } from 'react-router-dom';
import { RouterLink } from '../../../shared/components/router-link';
import { memberName } from '../../../shared/components/member-names';
import { PATHS } from '../../../shared/paths';

interface EditMemberLinkProps {
  familyId: string;
  member: { id: string; givenName: string; familyName: string };
}

/** For the regisseur, next to a family member: correct their details. Named after them, so each link says where it leads. */
export function EditMemberLink({ familyId, member }: EditMemberLinkProps) {
  const { t } = useTranslation('familySetup');
  return (
    <RouterLink className="family-people-link" to={generatePath(PATHS.editFamilyMember, { familyId, memberId: member.id })}>
      {t('links.editMember', { name: memberName(member) })}
    </RouterLink>
  );
}

interface EditNetworkMemberLinkProps {
  familyId: string;
  person: { id: string; name: string };
}

/** For the regisseur, next to a network member: correct their details (a new phone number). */
export function EditNetworkMemberLink({ familyId, person }: EditNetworkMemberLinkProps) {
  const { t } = useTranslation('familySetup');
  return (
    <RouterLink className="family-people-link" to={generatePath(PATHS.editNetworkMember, { familyId, networkMemberId: person.id })}>
      {t('links.editNetworkMember', { name: person.name })}
    </RouterLink>
  );
}

interface AddPersonLinkProps {
  familyId: string;
  to: 'member' | 'network';
}

/** For the regisseur, under the family or its network: add someone. */
export function AddPersonLink({ familyId, to }: AddPersonLinkProps) {
  const { t } = useTranslation('familySetup');
  const path = to === 'member' ? PATHS.addFamilyMember : PATHS.addNetworkMember;
  return (
    <p className="family-people-add">
      <RouterLink to={generatePath(path, { familyId })}>{t(to === 'member' ? 'links.addMember' : 'links.addNetworkMember')}</RouterLink>
    </p>
  );
}
