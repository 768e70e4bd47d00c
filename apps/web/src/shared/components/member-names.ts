import { FamilyMemberFieldsFragment } from '../../graphql/generated/graphql';
import { Language } from '../../i18n/languages';

type Member = Pick<FamilyMemberFieldsFragment, 'id' | 'givenName' | 'familyName'>;

export function memberName(member: Pick<Member, 'givenName' | 'familyName'>): string {
  return `${member.givenName} ${member.familyName}`;
}

/** "Esther de Graaf en Lisanne Meijer": names in the page's language, unknown ids left out. */
export function namesOf(ids: readonly string[], members: readonly Member[], language: Language): string {
  const names = ids.flatMap((id) => {
    const member = members.find((candidate) => candidate.id === id);
    return member ? [memberName(member)] : [];
  });
  return joinNames(names, language);
}

export function joinNames(names: readonly string[], language: Language): string {
  return new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }).format(names);
}
