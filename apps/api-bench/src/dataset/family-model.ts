import { FamilyRole, InformationCategory, OrganisationType, PlanItemKind } from '@gezinsplan/domain';
import { Calendar } from './calendar';
import { CopyJson } from './copy-format';
import { Population } from './population';
import { Random } from './random';
import { TableRows } from './tables';

/** What every part of one family's generation shares. */
export interface FamilyScope {
  index: number;
  id: string;
  rng: Random;
  calendar: Calendar;
  population: Population;
  passwordHash: string;
  rows: TableRows;
  /** Days before the anchor that the family's plan started. */
  ageDays: number;
  safetyPlan: boolean;
  /** One of the long tail: years of agreements and logbook entries (shape.ts). */
  heavy: boolean;
}

export interface Member {
  id: string;
  role: FamilyRole;
  dateOfBirth: string;
  age: number;
  authority: boolean;
  accountId: string | null;
  name: string;
}

export interface NetworkPerson {
  id: string;
  name: string;
  accountId: string | null;
}

export interface Involvement {
  id: string;
  accountId: string;
  organisationType: OrganisationType;
  categories: InformationCategory[];
  memberIds: string[];
  regisseur: boolean;
  /** Day offsets: when it started, and when it ended (null while active). */
  startDay: number;
  endDay: number | null;
}

/** Who wrote an item: exactly one of the three, as the one_author constraint wants. */
export type Author =
  | { type: 'INVOLVEMENT'; involvement: Involvement }
  | { type: 'MEMBER'; member: Member }
  | { type: 'NETWORK'; person: NetworkPerson };

export type Assignee = { type: 'INVOLVEMENT' | 'MEMBER' | 'NETWORK'; id: string };

export interface Item {
  id: string;
  kind: PlanItemKind;
  category: InformationCategory;
  about: string[];
  author: Author;
  assignee: Assignee | null;
  targetId: string | null;
  content: CopyJson;
  status: string | null;
  dueDay: number | null;
  createdDay: number;
  /** A later change (version 2): withheld from the family, or removed; both with a reason. */
  change: { day: number; byAccountId: string; withheld?: string; removed?: string } | null;
}

export interface People {
  members: Member[];
  network: NetworkPerson[];
}

export function accountOf(author: Author): string {
  switch (author.type) {
    case 'INVOLVEMENT':
      return author.involvement.accountId;
    case 'MEMBER':
      if (!author.member.accountId) throw new Error('a member without an account cannot write');
      return author.member.accountId;
    case 'NETWORK':
      if (!author.person.accountId) throw new Error('a network member without an account cannot write');
      return author.person.accountId;
  }
}
