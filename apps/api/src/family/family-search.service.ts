import { Injectable } from '@nestjs/common';
import { AccessLogService } from '../access/access-log.service';
import { CaseData } from '../access/case-data';
import { FamilyAccessService } from '../access/family-access.service';
import { Caller } from '../auth/caller';
import { FamilySearchMemberOutput, FamilySearchResultOutput } from './family-search.output';

/** Enough for a person to pick from; a longer list means the search needs another word. */
const MAX_RESULTS = 50;

/**
 * A date of birth as people type it: 31-12-2015, 31/12/2015, 31.12.2015 or
 * 2015-12-31. Null when the text is not a real date, so it is searched as a name.
 */
export function dateOfBirthIn(text: string): string | null {
  const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const [year, month, day] = dutch ? [dutch[3], dutch[2], dutch[1]] : iso ? [iso[1], iso[2], iso[3]] : [];
  if (!year) return null;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (date.getUTCFullYear() !== Number(year) || date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(day)) return null;
  return date.toISOString().slice(0, 10);
}

/** LIKE's own characters in what the person typed are meant literally. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

interface Row {
  familyId: string;
  name: string;
  nameMatched: boolean;
  matchingMembers: FamilySearchMemberOutput[];
}

/**
 * Search across my families: by family name, a member's name or a date of
 * birth, only within the families the access module opens to this
 * professional today (an active involvement). A family outside them is never
 * searched, so a search cannot tell that it exists.
 */
@Injectable()
export class FamilySearchService {
  constructor(
    private readonly families: FamilyAccessService,
    private readonly caseData: CaseData,
    private readonly accessLog: AccessLogService,
  ) {}

  async search(caller: Caller, text: string): Promise<FamilySearchResultOutput[]> {
    const accesses = (await this.families.forAllFamilies(caller.viewer)).filter((access) => access.relation.type === 'PROFESSIONAL');
    if (accesses.length === 0) return [];
    const date = dateOfBirthIn(text);
    const rows = await this.caseData.read<Row>(
      accesses,
      `WITH matched AS (
         SELECT m.family_id, m.id, m.given_name, m.family_name, m.date_of_birth
           FROM family_member m
          WHERE m.family_id = ANY($1::uuid[])
            AND CASE WHEN $3::date IS NOT NULL THEN m.date_of_birth = $3::date
                     ELSE m.given_name ILIKE $2 OR m.family_name ILIKE $2 OR (m.given_name || ' ' || m.family_name) ILIKE $2 END)
       SELECT f.id AS "familyId", f.name,
              ($3::date IS NULL AND f.name ILIKE $2) AS "nameMatched",
              coalesce(json_agg(json_build_object('id', x.id, 'givenName', x.given_name, 'familyName', x.family_name,
                                                  'dateOfBirth', to_char(x.date_of_birth, 'YYYY-MM-DD'))
                                ORDER BY x.given_name, x.id) FILTER (WHERE x.id IS NOT NULL), '[]') AS "matchingMembers"
         FROM family f LEFT JOIN matched x ON x.family_id = f.id
        WHERE f.id = ANY($1::uuid[]) AND (x.id IS NOT NULL OR ($3::date IS NULL AND f.name ILIKE $2))
        GROUP BY f.id, f.name, f.last_plan_change_at
        ORDER BY f.last_plan_change_at DESC, f.id
        LIMIT $4`,
      [accesses.map((access) => access.familyId), likePattern(text), date, MAX_RESULTS],
    );
    const byFamily = new Map(accesses.map((access) => [access.familyId, access]));
    // Each family found was read: its name, and the details of the members that matched.
    this.accessLog.recordRead(
      caller,
      rows.map((row) => ({
        access: byFamily.get(row.familyId)!,
        action: 'READ' as const,
        list: 'family-search',
        memberIds: row.matchingMembers.map((member) => member.id),
      })),
    );
    return rows;
  }
}
