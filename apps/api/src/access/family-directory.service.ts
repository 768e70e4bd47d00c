import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { notFound } from '../common/errors/api-error';
import { PerRequest } from '../common/request-scope';
import { preparedQuery } from '../database/prepared-query';
import { FamilyAccess } from './family-access';
import {
  DirectoryAdoptedVersion,
  DirectoryInvolvement,
  DirectoryMember,
  DirectoryNetworkMember,
  DirectoryRegisseurTerm,
  FamilyDirectory,
} from './family-directory';

/**
 * The whole directory (of every family asked for in one tick) in one statement, with the list of adopted plan
 * versions: the plan page needs all of it, and every extra round trip to the database costs more than the rows it carries.
 * The ids behind an InitPlan: seeing one id, the planner estimated one row where a generic plan
 * estimates ten, so PostgreSQL planned the statement again at every request (issue 16, eighth round).
 */
const DIRECTORY_SQL = `
SELECT f.id, f.name, f.last_plan_change_at AS "lastPlanChangeAt", f.closed_at AS "closedAt",
  (SELECT coalesce(json_agg(json_build_object(
            'id', m.id, 'familyId', m.family_id, 'givenName', m.given_name, 'familyName', m.family_name,
            'role', m.role, 'dateOfBirth', m.date_of_birth, 'hasParentalAuthority', m.has_parental_authority,
            'livesAtHome', m.lives_at_home, 'accountId', m.account_id, 'version', m.version)
          ORDER BY m.date_of_birth, m.created_at), '[]')
     FROM family_member m WHERE m.family_id = f.id) AS members,
  (SELECT coalesce(json_agg(json_build_object(
            'id', n.id, 'familyId', n.family_id, 'name', n.name, 'relation', n.relation,
            'phone', n.phone, 'email', n.email, 'accountId', n.account_id, 'version', n.version)
          ORDER BY n.created_at), '[]')
     FROM network_member n WHERE n.family_id = f.id) AS network,
  (SELECT coalesce(json_agg(json_build_object(
            'id', i.id, 'accountId', i.account_id, 'professionalName', a.display_name, 'discipline', a.discipline,
            'phone', a.phone, 'email', a.email, 'organisationId', o.id, 'organisationName', o.name,
            'organisationType', o.type, 'task', i.task, 'categories', i.categories, 'memberIds', i.member_ids,
            'startsOn', i.starts_on, 'endsOn', i.ends_on, 'endedReason', i.ended_reason,
            -- An involvement ended with a later end date is over once its last day has passed.
            'endedAt', coalesce(i.ended_at, CASE WHEN i.ends_on < (now() AT TIME ZONE 'Europe/Amsterdam')::date
                                   THEN (i.ends_on + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam' END),
            'version', i.version)
          ORDER BY i.created_at), '[]')
     FROM involvement i
     JOIN account a ON a.id = i.account_id
     JOIN organisation o ON o.id = i.organisation_id
    WHERE i.family_id = f.id) AS involvements,
  (SELECT coalesce(json_agg(json_build_object(
            'id', r.id, 'involvementId', r.involvement_id, 'startedAt', r.started_at, 'endedAt', r.ended_at,
            'handoverNote', r.handover_note)
          ORDER BY r.started_at), '[]')
     FROM regisseur_assignment r WHERE r.family_id = f.id) AS terms,
  (SELECT coalesce(json_agg(json_build_object(
            'id', v.id, 'number', v.number, 'adoptedAt', v.adopted_at, 'adoptedByName', a.display_name, 'note', v.note)
          ORDER BY v.number), '[]')
     FROM plan_version v JOIN account a ON a.id = v.adopted_by_account_id WHERE v.family_id = f.id) AS versions
FROM family f WHERE f.id = ANY((SELECT $1::uuid[])::uuid[])`;

type Json<T, DateKeys extends keyof T> = Omit<T, DateKeys> & { [K in DateKeys]: string | Extract<T[K], null> };

interface DirectoryRow {
  id: string;
  name: string;
  lastPlanChangeAt: Date;
  closedAt: Date | null;
  members: DirectoryMember[];
  network: DirectoryNetworkMember[];
  involvements: Array<Json<DirectoryInvolvement, 'endedAt'>>;
  terms: Array<Json<DirectoryRegisseurTerm, 'startedAt' | 'endedAt'>>;
  versions: Array<Json<DirectoryAdoptedVersion, 'adoptedAt'>>;
}

const dateOrNull = (value: string | null): Date | null => (value === null ? null : new Date(value));

/**
 * Loads a family's directory once per request, for a person whose access to
 * the family has been decided: it takes a `FamilyAccess`, never a bare id.
 */
@Injectable()
export class FamilyDirectoryService {
  private readonly directories = new PerRequest('family directory', () =>
    new DataLoader<string, FamilyDirectory>(async (familyIds) => {
      const found = new Map((await this.query(familyIds)).map((directory) => [directory.familyId, directory]));
      return familyIds.map((id) => found.get(id) ?? notFound('The family'));
    }),
  );

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The family's directory as this person may see it: the family and network do
   * not see an involvement they are to be told of afterwards until they are told.
   */
  async load(access: FamilyAccess): Promise<FamilyDirectory> {
    const directory = await this.directories.of(access.viewer).load(access.familyId);
    const hidden = access.grant.hiddenInvolvementIds;
    if (hidden.length === 0) return directory;
    return { ...directory, involvements: directory.involvements.filter((i) => !hidden.includes(i.id)) };
  }

  /** Forget what this request loaded, after it changed the family's directory. */
  forget(access: FamilyAccess): void {
    this.directories.of(access.viewer).clear(access.familyId);
  }

  private async query(familyIds: readonly string[]): Promise<FamilyDirectory[]> {
    const rows = await preparedQuery<DirectoryRow>(this.dataSource, DIRECTORY_SQL, [familyIds]);
    return rows.map((row) => ({
      familyId: row.id,
      name: row.name,
      lastPlanChangeAt: row.lastPlanChangeAt,
      closedAt: row.closedAt,
      members: row.members,
      network: row.network,
      involvements: row.involvements.map((i) => ({ ...i, endedAt: dateOrNull(i.endedAt) })),
      regisseurTerms: row.terms.map((t) => ({ ...t, startedAt: new Date(t.startedAt), endedAt: dateOrNull(t.endedAt) })),
      adoptedVersions: row.versions.map((v) => ({ ...v, adoptedAt: new Date(v.adoptedAt) })),
    }));
  }
}
