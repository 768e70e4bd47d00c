import { Injectable } from '@nestjs/common';
import { query, returning } from '../database/typed-sql';
import { AccessLogService } from '../access/access-log.service';
import { CaseData } from '../access/case-data';
import { FamilyAccessService } from '../access/family-access.service';
import { Caller } from '../auth/caller';
import { notFound } from '../common/errors/api-error';
import { FamilyDirectoryService } from '../access/family-directory.service';
import { toPlanItemOutput } from './plan-item.mapper';
import { PlanItemReader } from './plan-item.reader';
import { AdoptedPlanOutput, PlanVersionOutput } from './plan-version.output';

const VERSION_ID = returning('plan_version', ['id']);

const VERSION_COLUMNS = `v.id, v.number, v.adopted_at AS "adoptedAt", a.display_name AS "adoptedByName", v.note`;

/** Adopting freezes the plan's current items as a numbered version that can be read later as it was. */
@Injectable()
export class PlanVersionService {
  constructor(
    private readonly caseData: CaseData,
    private readonly families: FamilyAccessService,
    private readonly directories: FamilyDirectoryService,
    private readonly reader: PlanItemReader,
    private readonly accessLog: AccessLogService,
  ) {}

  async adopt(caller: Caller, familyId: string, note: string | null): Promise<PlanVersionOutput> {
    const access = await this.families.requireCoordinator(caller.viewer, familyId);
    const id = await this.caseData.change(access, async (manager) => {
      // Serialises adoptions per family, so numbers are consecutive.
      await manager.query(`SELECT 1 FROM family WHERE id = $1 FOR UPDATE`, [familyId]);
      const [version] = await query(
        manager,
        VERSION_ID,
        `INSERT INTO plan_version (family_id, number, adopted_by_account_id, note)
         SELECT $1, coalesce(max(number), 0) + 1, $2, $3 FROM plan_version WHERE family_id = $1 RETURNING ${VERSION_ID.sql}`,
        [familyId, caller.viewer.accountId, note?.trim() || null],
      );
      await manager.query(
        `INSERT INTO plan_version_item (plan_version_id, item_id, item_version)
         SELECT $1, id, version FROM plan_item WHERE family_id = $2 AND removed_at IS NULL`,
        [version.id, familyId],
      );
      await this.accessLog.record(caller, [{ access, action: 'ADOPT', list: 'plan', memberIds: [] }], manager);
      return version.id;
    });
    this.directories.forget(access);
    const [adopted] = await this.caseData.read<PlanVersionOutput>(access, 
      `SELECT ${VERSION_COLUMNS} FROM plan_version v JOIN account a ON a.id = v.adopted_by_account_id WHERE v.id = $1`,
      [id],
    );
    return adopted;
  }

  /** Read with the family's directory, which the plan page loads anyway: no statement of its own. */
  async list(caller: Caller, familyId: string): Promise<PlanVersionOutput[]> {
    const access = await this.families.require(caller.viewer, familyId);
    return (await this.directories.load(access)).adoptedVersions;
  }

  async read(caller: Caller, familyId: string, number: number): Promise<AdoptedPlanOutput> {
    const access = await this.families.require(caller.viewer, familyId);
    const [version] = (await this.caseData.read(access, 
      `SELECT ${VERSION_COLUMNS} FROM plan_version v JOIN account a ON a.id = v.adopted_by_account_id
        WHERE v.family_id = $1 AND v.number = $2`,
      [familyId, number],
    )) as PlanVersionOutput[];
    if (!version) throw notFound(`Version ${number} of the plan`);
    const [rows, directory] = await Promise.all([
      this.reader.adoptedVersion(access, version.id),
      this.directories.load(access),
    ]);
    this.accessLog.recordRead(caller, [
      {
        access,
        action: 'READ',
        list: `plan-version:${number}`,
        memberIds: rows.filter((r) => r.access === 'FULL').flatMap((r) => r.about_member_ids),
      },
    ]);
    return { ...version, items: rows.map((row) => toPlanItemOutput(directory, row, access.relation)) };
  }
}
