import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Viewer } from '../auth/viewer';
import { FamilyMemberEntity } from './family-member.entity';
import { DirectoryInvolvement, DirectoryRegisseurTerm, FamilyDirectory } from './family-directory';
import { FamilyEntity } from './family.entity';
import { NetworkMemberEntity } from './network-member.entity';

/**
 * Loads a family's directory in a fixed number of queries, once per request.
 * Callers must have checked access first; this service does not decide it.
 */
@Injectable()
export class FamilyDirectoryService {
  private readonly cache = new WeakMap<Viewer, Map<string, Promise<FamilyDirectory>>>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  load(viewer: Viewer, familyId: string): Promise<FamilyDirectory> {
    let perRequest = this.cache.get(viewer);
    if (!perRequest) this.cache.set(viewer, (perRequest = new Map()));
    let directory = perRequest.get(familyId);
    if (!directory) perRequest.set(familyId, (directory = this.query(familyId)));
    return directory;
  }

  /** Forget what this request loaded, after it changed the family's directory. */
  forget(viewer: Viewer, familyId: string): void {
    this.cache.get(viewer)?.delete(familyId);
  }

  private async query(familyId: string): Promise<FamilyDirectory> {
    const [family, members, network, involvements, terms] = await Promise.all([
      this.dataSource.getRepository(FamilyEntity).findOneByOrFail({ id: familyId }),
      this.dataSource.getRepository(FamilyMemberEntity).find({
        where: { familyId },
        order: { dateOfBirth: 'ASC' },
      }),
      this.dataSource.getRepository(NetworkMemberEntity).find({ where: { familyId }, order: { createdAt: 'ASC' } }),
      this.dataSource.query(
        `SELECT i.id, i.account_id AS "accountId", a.display_name AS "professionalName", a.discipline, a.phone, a.email,
                o.id AS "organisationId", o.name AS "organisationName", o.type AS "organisationType",
                i.task, i.categories, i.member_ids AS "memberIds",
                to_char(i.starts_on, 'YYYY-MM-DD') AS "startsOn", to_char(i.ends_on, 'YYYY-MM-DD') AS "endsOn",
                i.ended_at AS "endedAt", i.ended_reason AS "endedReason", i.version
           FROM involvement i
           JOIN account a ON a.id = i.account_id
           JOIN organisation o ON o.id = i.organisation_id
          WHERE i.family_id = $1
          ORDER BY i.created_at`,
        [familyId],
      ) as Promise<DirectoryInvolvement[]>,
      this.dataSource.query(
        `SELECT id, involvement_id AS "involvementId", started_at AS "startedAt", ended_at AS "endedAt",
                handover_note AS "handoverNote"
           FROM regisseur_assignment WHERE family_id = $1 ORDER BY started_at`,
        [familyId],
      ) as Promise<DirectoryRegisseurTerm[]>,
    ]);
    return {
      familyId,
      name: family.name,
      lastPlanChangeAt: family.lastPlanChangeAt,
      members,
      network,
      involvements,
      regisseurTerms: terms,
    };
  }
}
