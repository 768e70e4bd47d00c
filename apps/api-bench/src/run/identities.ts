import { Client } from 'pg';

/** A person the benchmark signs in as, and the family their requests are about. */
export interface Identity {
  email: string;
  accountId: string;
  familyId: string;
  /** For a partner: the task's categories and members (what a logbook entry of theirs may be about). */
  categories: string[];
  memberIds: string[];
}

export interface Identities {
  regisseurs: Identity[];
  /** Regisseurs whose page need-to-know is likely to leave whole (checked against the access-off server before use). */
  wholePageRegisseurs: Identity[];
  partners: Identity[];
  parents: Identity[];
  agreementWriters: Identity[];
  logWriters: Identity[];
}

// md5 of an id orders a deterministic, well-spread sample of the whole database. Readers are
// taken from the start of that order and writers from its end, so that no run, whatever its
// --identities, writes into a family that a later run reads.
type Order = 'ASC' | 'DESC';

const REGISSEURS = (order: Order) => `
  SELECT a.email, a.id AS "accountId", i.family_id AS "familyId", i.categories, i.member_ids AS "memberIds"
    FROM regisseur_assignment r JOIN involvement i ON i.id = r.involvement_id AND i.ended_at IS NULL
    JOIN account a ON a.id = i.account_id
   WHERE r.ended_at IS NULL ORDER BY md5(i.id::text) ${order} LIMIT $1`;

/**
 * Regisseurs of families where every item is in the regisseur's own categories (general, safety)
 * or written by or assigned to the regisseur's involvement: the access rules leave the page whole,
 * so with access control on and off the answer holds the same items, and the difference in cost
 * is the price of access control alone.
 */
const WHOLE_PAGE_REGISSEURS = `
  SELECT a.email, a.id AS "accountId", i.family_id AS "familyId", i.categories, i.member_ids AS "memberIds"
    FROM regisseur_assignment r JOIN involvement i ON i.id = r.involvement_id AND i.ended_at IS NULL
    JOIN account a ON a.id = i.account_id
   WHERE r.ended_at IS NULL
     AND NOT EXISTS (SELECT 1 FROM plan_item p WHERE p.family_id = i.family_id AND p.removed_at IS NULL
                       AND p.category NOT IN ('GENERAL', 'SAFETY')
                       AND p.author_involvement_id IS DISTINCT FROM i.id AND p.assignee_involvement_id IS DISTINCT FROM i.id)
   ORDER BY md5(i.id::text) LIMIT $1`;

/** A partner with a narrow task: one category, one family member. */
const PARTNERS = (order: Order) => `
  SELECT a.email, a.id AS "accountId", i.family_id AS "familyId", i.categories, i.member_ids AS "memberIds"
    FROM involvement i JOIN account a ON a.id = i.account_id
   WHERE i.ended_at IS NULL AND cardinality(i.categories) = 1 AND cardinality(i.member_ids) = 1
     AND NOT EXISTS (SELECT 1 FROM regisseur_assignment r WHERE r.involvement_id = i.id AND r.ended_at IS NULL)
   ORDER BY md5(i.id::text) ${order} LIMIT $1`;

const PARENTS = `
  SELECT a.email, a.id AS "accountId", m.family_id AS "familyId", '{}'::text[] AS categories, ARRAY[m.id] AS "memberIds"
    FROM family_member m JOIN account a ON a.id = m.account_id
   WHERE m.role = 'PARENT' AND m.has_parental_authority ORDER BY md5(m.id::text) LIMIT $1`;

/** Takes up to `count` rows with accounts and families not used before, and marks them used. */
function take(rows: Identity[], count: number, usedFamilies: Set<string>, usedAccounts: Set<string>): Identity[] {
  const chosen: Identity[] = [];
  for (const row of rows) {
    if (chosen.length === count) break;
    if (usedFamilies.has(row.familyId) || usedAccounts.has(row.accountId)) continue;
    usedFamilies.add(row.familyId);
    usedAccounts.add(row.accountId);
    chosen.push(row);
  }
  return chosen;
}

/**
 * Picks `count` people per role, spread over the database. Writers get
 * families no reader reads, so the pages measured do not grow while the
 * writes run (or over repeated runs).
 */
export async function pickIdentities(client: Client, count: number): Promise<Identities> {
  const query = async (sql: string, limit: number) => (await client.query<Identity>(sql, [limit])).rows;
  const usedFamilies = new Set<string>();
  const usedAccounts = new Set<string>();
  const regisseurs = take(await query(REGISSEURS('ASC'), count * 8), count, usedFamilies, usedAccounts);
  const wholePageRegisseurs = take(await query(WHOLE_PAGE_REGISSEURS, count * 8), count, usedFamilies, usedAccounts);
  const partners = take(await query(PARTNERS('ASC'), count * 8), count, usedFamilies, usedAccounts);
  const parents = take(await query(PARENTS, count * 8), count, usedFamilies, usedAccounts);
  return {
    regisseurs,
    wholePageRegisseurs,
    partners,
    parents,
    agreementWriters: take(await query(REGISSEURS('DESC'), count * 8), count, usedFamilies, usedAccounts),
    logWriters: take(await query(PARTNERS('DESC'), count * 8), count, usedFamilies, usedAccounts),
  };
}

/** A member of each family, to whom the benchmark's new agreements are assigned. */
export async function memberOf(client: Client, familyIds: readonly string[]): Promise<Map<string, string>> {
  const { rows } = await client.query<{ family_id: string; id: string }>(
    `SELECT DISTINCT ON (family_id) family_id, id FROM family_member WHERE family_id = ANY($1::uuid[]) ORDER BY family_id, date_of_birth`,
    [familyIds],
  );
  return new Map(rows.map((row) => [row.family_id, row.id]));
}

/**
 * Regisseurs of the families with the most plan items (the generator's long
 * tail), none of them a family the benchmark writes into.
 */
export async function heavyRegisseurs(client: Client, count: number, writtenFamilies: readonly string[]): Promise<Identity[]> {
  const { rows } = await client.query<Identity>(
    `SELECT a.email, a.id AS "accountId", i.family_id AS "familyId", i.categories, i.member_ids AS "memberIds"
       FROM (SELECT family_id, count(*) AS items FROM plan_item WHERE removed_at IS NULL GROUP BY family_id
              HAVING count(*) >= 300 ORDER BY count(*) DESC, family_id LIMIT $1) n
       JOIN regisseur_assignment r ON r.family_id = n.family_id AND r.ended_at IS NULL
       JOIN involvement i ON i.id = r.involvement_id
       JOIN account a ON a.id = i.account_id
      WHERE NOT (n.family_id = ANY($2::uuid[]))
      ORDER BY n.items DESC, n.family_id`,
    [count, writtenFamilies],
  );
  return rows;
}
