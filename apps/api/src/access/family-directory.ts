import { FamilyRole, InformationCategory } from '@gezinsplan/domain';

export interface DirectoryMember {
  id: string;
  familyId: string;
  givenName: string;
  familyName: string;
  role: FamilyRole;
  /** YYYY-MM-DD */
  dateOfBirth: string;
  hasParentalAuthority: boolean;
  livesAtHome: boolean;
  accountId: string | null;
  version: number;
}

export interface DirectoryNetworkMember {
  id: string;
  familyId: string;
  name: string;
  relation: string;
  phone: string | null;
  email: string | null;
  accountId: string | null;
  version: number;
}

export interface DirectoryInvolvement {
  id: string;
  accountId: string;
  professionalName: string;
  discipline: string | null;
  phone: string | null;
  email: string;
  organisationId: string;
  organisationName: string;
  organisationType: string;
  task: string;
  categories: InformationCategory[];
  memberIds: string[];
  startsOn: string;
  endsOn: string | null;
  endedAt: Date | null;
  endedReason: string | null;
  version: number;
}

export interface DirectoryRegisseurTerm {
  id: string;
  involvementId: string;
  startedAt: Date;
  endedAt: Date | null;
  handoverNote: string | null;
}

/** A version of the plan its regisseur adopted: the list only, not its items. */
export interface DirectoryAdoptedVersion {
  id: string;
  number: number;
  adoptedAt: Date;
  adoptedByName: string;
  note: string | null;
}

/** Who is who in one family: the names behind the ids on plan items. Knowing who is involved is for everyone involved. */
export interface FamilyDirectory {
  familyId: string;
  name: string;
  lastPlanChangeAt: Date;
  /** Set while the plan is closed (read-only). */
  closedAt: Date | null;
  members: DirectoryMember[];
  network: DirectoryNetworkMember[];
  involvements: DirectoryInvolvement[];
  regisseurTerms: DirectoryRegisseurTerm[];
  /**
   * The plan's adopted versions, oldest first: anyone with access to the family may list them, as
   * the directory, and the plan page shows both, so they come with it instead of in a statement of their own.
   */
  adoptedVersions: DirectoryAdoptedVersion[];
}

export function activeRegisseur(directory: FamilyDirectory): DirectoryInvolvement | undefined {
  const term = directory.regisseurTerms.find((t) => t.endedAt === null);
  return directory.involvements.find((i) => i.id === term?.involvementId);
}

export function memberName(member: Pick<DirectoryMember, 'givenName' | 'familyName'>): string {
  return `${member.givenName} ${member.familyName}`;
}
