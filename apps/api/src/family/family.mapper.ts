import { readsInvolvementTask, seesNetworkContactDetails } from '@gezinsplan/access-policy';
import { ageOn, dutchToday } from '@gezinsplan/domain';
import { FamilyAccess } from '../access/family-access';
import { FamilyDirectory } from '../access/family-directory';
import { FamilyMemberOutput, InvolvementOutput, NetworkMemberOutput, RegisseurTermOutput } from './family.output';

export function memberOutputs(directory: FamilyDirectory, access: FamilyAccess): FamilyMemberOutput[] {
  // The network knows who is in the family, not their dates of birth.
  const showBirth = access.relation.type !== 'NETWORK_MEMBER';
  const today = dutchToday();
  return directory.members.map((m) => ({
    id: m.id,
    givenName: m.givenName,
    familyName: m.familyName,
    role: m.role,
    dateOfBirth: showBirth ? m.dateOfBirth : null,
    age: showBirth ? ageOn(m.dateOfBirth, today) : null,
    hasParentalAuthority: m.hasParentalAuthority,
    livesAtHome: m.livesAtHome,
    version: m.version,
    familyId: directory.familyId,
  }));
}

export function networkOutputs(directory: FamilyDirectory, access: FamilyAccess): NetworkMemberOutput[] {
  const contact = seesNetworkContactDetails(access.relation);
  return directory.network.map((n) => ({
    id: n.id,
    name: n.name,
    relation: n.relation,
    phone: contact ? n.phone : null,
    email: contact ? n.email : null,
    version: n.version,
    familyId: directory.familyId,
  }));
}

export function involvementOutputs(directory: FamilyDirectory, access: FamilyAccess): InvolvementOutput[] {
  const regisseur = directory.regisseurTerms.find((t) => t.endedAt === null)?.involvementId ?? null;
  return directory.involvements.map((i) => ({
    id: i.id,
    professionalName: i.professionalName,
    discipline: i.discipline,
    phone: i.phone,
    email: i.email,
    organisationId: i.organisationId,
    organisationName: i.organisationName,
    organisationType: i.organisationType,
    task: readsInvolvementTask(access.grant, i, regisseur) ? i.task : null,
    categories: i.categories,
    memberIds: i.memberIds,
    startsOn: i.startsOn,
    endsOn: i.endsOn,
    endedAt: i.endedAt,
    endedReason: i.endedReason,
    isRegisseur: i.id === regisseur,
    version: i.version,
  }));
}

export function regisseurTermOutputs(directory: FamilyDirectory): RegisseurTermOutput[] {
  return directory.regisseurTerms.map((term) => {
    const involvement = directory.involvements.find((i) => i.id === term.involvementId);
    return {
      involvementId: term.involvementId,
      professionalName: involvement?.professionalName ?? '',
      organisationName: involvement?.organisationName ?? '',
      startedAt: term.startedAt,
      endedAt: term.endedAt,
      handoverNote: term.handoverNote,
    };
  });
}
