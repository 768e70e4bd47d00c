import { Client } from 'pg';

export type LoadRole = 'regisseur' | 'partner' | 'parent' | 'young person' | 'network member';

/** A person the load test signs in as, with the family they open and what they may write about. */
export interface LoadPerson {
  role: LoadRole;
  email: string;
  accountId: string;
  familyId: string;
  /** For professionals: the organisation's type (to show the mix). */
  organisationType: string | null;
  /** For a partner: the task's categories and members, which its logbook entries stay within. */
  categories: string[];
  memberIds: string[];
}

const PROFESSIONALS = (regisseur: boolean) => `
  SELECT a.email, a.id AS "accountId", i.family_id AS "familyId", o.type AS "organisationType", i.categories, i.member_ids AS "memberIds"
    FROM involvement i JOIN account a ON a.id = i.account_id JOIN organisation o ON o.id = i.organisation_id
   WHERE i.ended_at IS NULL AND ${regisseur ? '' : 'NOT'} EXISTS (
         SELECT 1 FROM regisseur_assignment r WHERE r.involvement_id = i.id AND r.ended_at IS NULL)
   ORDER BY md5(i.id::text) LIMIT $1`;

const FAMILY_MEMBERS = (role: 'PARENT' | 'CHILD') => `
  SELECT a.email, a.id AS "accountId", m.family_id AS "familyId", NULL AS "organisationType", '{}'::text[] AS categories,
         ARRAY[m.id] AS "memberIds"
    FROM family_member m JOIN account a ON a.id = m.account_id
   WHERE m.role = '${role}' ORDER BY md5(m.id::text) LIMIT $1`;

/** Network members with an account, in families with a safety plan: what they open is their part of it. */
const NETWORK_MEMBERS = `
  SELECT a.email, a.id AS "accountId", n.family_id AS "familyId", NULL AS "organisationType", '{}'::text[] AS categories,
         '{}'::uuid[] AS "memberIds"
    FROM network_member n JOIN account a ON a.id = n.account_id
   WHERE EXISTS (SELECT 1 FROM plan_item p WHERE p.family_id = n.family_id AND p.kind = 'SAFETY_PLAN' AND p.removed_at IS NULL)
   ORDER BY md5(n.id::text) LIMIT $1`;

/** How many of each role for `users` people: about a third regisseurs, a third partners, a fifth family, the rest network. */
export function roleCounts(users: number): Record<LoadRole, number> {
  const network = Math.max(1, Math.round(users * 0.15));
  const young = Math.max(1, Math.round(users * 0.07));
  const parents = Math.max(1, Math.round(users * 0.18));
  const regisseurs = Math.ceil((users - network - young - parents) / 2);
  return { regisseur: regisseurs, partner: users - network - young - parents - regisseurs, parent: parents, 'young person': young, 'network member': network };
}

/**
 * Picks the people, spread over the database (md5 of an id orders a
 * deterministic sample), each account once: a professional works for many
 * families but signs in once. Fails when the dataset has too few of a role.
 */
export async function pickLoadPeople(client: Client, users: number): Promise<LoadPerson[]> {
  const counts = roleCounts(users);
  const used = new Set<string>();
  const people: LoadPerson[] = [];
  const pick = async (role: LoadRole, sql: string) => {
    const { rows } = await client.query<Omit<LoadPerson, 'role'>>(sql, [counts[role] * 40]);
    const chosen: LoadPerson[] = [];
    for (const row of rows) {
      if (chosen.length === counts[role]) break;
      if (used.has(row.accountId)) continue;
      used.add(row.accountId);
      chosen.push({ ...row, role });
    }
    if (chosen.length < counts[role]) {
      throw new Error(`The dataset has ${chosen.length} ${role}s with an account to sign in as, ${counts[role]} needed: use more --families`);
    }
    people.push(...chosen);
  };
  await pick('regisseur', PROFESSIONALS(true));
  await pick('partner', PROFESSIONALS(false));
  await pick('parent', FAMILY_MEMBERS('PARENT'));
  await pick('young person', FAMILY_MEMBERS('CHILD'));
  await pick('network member', NETWORK_MEMBERS);
  return people;
}
