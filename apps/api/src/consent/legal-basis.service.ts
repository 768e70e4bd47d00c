import { holdsAuthority } from '@gezinsplan/access-policy';
import { dutchToday } from '@gezinsplan/domain';
import { Injectable } from '@nestjs/common';
import { Caller } from '../auth/caller';
import { badUserInput, conflict, notFound } from '../common/errors/api-error';
import { updateReturning } from '../common/update-returning';
import { FamilyDirectoryService } from '../access/family-directory.service';
import { AccessLogService } from '../access/access-log.service';
import { CaseData } from '../access/case-data';
import { FamilyAccess } from '../access/family-access';
import { FamilyAccessService } from '../access/family-access.service';
import { insertLegalBasis } from './legal-basis-record';
import { RecordFamilyInformedInput, RecordLegalBasisInput } from './legal-basis.input';
import { LegalBasisOutput } from './legal-basis.output';

const COLUMNS = `b.id, b.kind, b.reference, b.recipient_involvement_id AS "recipientInvolvementId",
  b.subject_member_ids AS "subjectMemberIds", b.categories, b.purpose, b.necessary_information AS "necessaryInformation",
  b.proportionality, b.subsidiarity, b.professional_secrecy AS "professionalSecrecy",
  b.family_informed_at AS "familyInformedAt", b.informing_delay_reason AS "informingDelayReason",
  to_char(b.valid_until, 'YYYY-MM-DD') AS "validUntil", b.recorded_at AS "recordedAt",
  a.display_name AS "recordedByName", b.revoked_at AS "revokedAt"`;

/**
 * Sharing without consent (domain.md section 5): only on a recorded basis with
 * the six steps documented, and with the family told before or, with a
 * reason, as soon as possible after. The family can see these records.
 */
@Injectable()
export class LegalBasisService {
  constructor(
    private readonly caseData: CaseData,
    private readonly families: FamilyAccessService,
    private readonly directories: FamilyDirectoryService,
    private readonly accessLog: AccessLogService,
  ) {}

  async list(caller: Caller, familyId: string): Promise<LegalBasisOutput[]> {
    const access = await this.families.require(caller.viewer, familyId);
    const rows = (await this.caseData.read(access, 
      `SELECT ${COLUMNS} FROM legal_basis b JOIN account a ON a.id = b.recorded_by_account_id
        WHERE b.family_id = $1 ORDER BY b.recorded_at`,
      [familyId],
    )) as LegalBasisOutput[];
    const visible = rows.filter((row) => maySee(access, row));
    this.accessLog.recordRead(caller, [
      { access, action: 'READ', list: 'legal-bases', memberIds: visible.flatMap((row) => row.subjectMemberIds) },
    ]);
    return visible;
  }

  async record(caller: Caller, input: RecordLegalBasisInput): Promise<LegalBasisOutput> {
    const access = await this.families.requireCoordinator(caller.viewer, input.familyId);
    const directory = await this.directories.load(access);
    const problems = [];
    if (!directory.involvements.some((i) => i.id === input.recipientInvolvementId && i.endedAt === null)) {
      problems.push({ field: 'recipientInvolvementId', message: 'must be an active involvement with this family' });
    }
    if (input.subjectMemberIds.some((id) => !directory.members.some((m) => m.id === id))) {
      problems.push({ field: 'subjectMemberIds', message: 'must be members of this family' });
    }
    const informedBefore = input.familyInformedAt !== undefined && new Date(input.familyInformedAt) <= new Date();
    if (!informedBefore && !input.informingDelayReason?.trim()) {
      problems.push({
        field: 'informingDelayReason',
        message: 'the family is told before sharing; if that is not possible, explain why',
      });
    }
    if (problems.length > 0) throw badUserInput(problems);
    const id = await this.caseData.change(access, async (manager) => {
      const basisId = await insertLegalBasis(
        manager,
        {
          ...input,
          familyInformedAt: informedBefore ? (input.familyInformedAt ?? null) : null,
          informingDelayReason: input.informingDelayReason ?? null,
        },
        caller.viewer.accountId,
      );
      await this.accessLog.record(
        caller,
        [{ access, action: 'COORDINATE', list: 'legal-basis', itemId: basisId, memberIds: input.subjectMemberIds }],
        manager,
      );
      return basisId;
    });
    return this.one(caller, input.familyId, id);
  }

  async recordFamilyInformed(caller: Caller, input: RecordFamilyInformedInput): Promise<LegalBasisOutput> {
    const owner = await this.families.forRecord(caller.viewer, 'legalBasis', input.legalBasisId);
    if (!owner) throw notFound('The legal basis');
    const access = await this.families.requireCoordinator(caller.viewer, owner.familyId);
    const { familyId } = access;
    if (new Date(input.informedAt) > new Date()) {
      throw badUserInput([{ field: 'informedAt', message: 'lies in the future' }]);
    }
    await this.caseData.change(access, async (manager) => {
      // When the family was told is a record of its own: written once, and never before the sharing began.
      const [basis] = await manager.query<Array<{ familyInformedAt: Date | null; recordedAt: Date }>>(
        `SELECT family_informed_at AS "familyInformedAt", recorded_at AS "recordedAt" FROM legal_basis WHERE id = $1 FOR UPDATE`,
        [input.legalBasisId],
      );
      if (!basis) throw notFound('The legal basis');
      if (basis.familyInformedAt) {
        throw conflict(`The family was already recorded as told on ${basis.familyInformedAt.toISOString()}; that record is not changed.`);
      }
      if (dutchToday(new Date(input.informedAt)) < dutchToday(basis.recordedAt)) {
        throw badUserInput([{ field: 'informedAt', message: 'lies before the day the legal basis was recorded' }]);
      }
      await updateReturning(manager, `UPDATE legal_basis SET family_informed_at = $2 WHERE id = $1 RETURNING id`, [
        input.legalBasisId,
        input.informedAt,
      ]);
      await this.accessLog.record(
        caller,
        [{ access, action: 'COORDINATE', list: 'legal-basis', itemId: input.legalBasisId, memberIds: [] }],
        manager,
      );
    }, 'FAMILY_RIGHT');
    return this.one(caller, familyId, input.legalBasisId);
  }

  async revoke(caller: Caller, legalBasisId: string): Promise<LegalBasisOutput> {
    const owner = await this.families.forRecord(caller.viewer, 'legalBasis', legalBasisId);
    if (!owner) throw notFound('The legal basis');
    const access = await this.families.requireCoordinator(caller.viewer, owner.familyId);
    const { familyId } = access;
    await this.caseData.change(access, async (manager) => {
      await updateReturning(manager, `UPDATE legal_basis SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL RETURNING id`, [
        legalBasisId,
      ]);
      await this.accessLog.record(caller, [{ access, action: 'COORDINATE', list: 'legal-basis', itemId: legalBasisId, memberIds: [] }], manager);
    }, 'FAMILY_RIGHT');
    return this.one(caller, familyId, legalBasisId);
  }

  private async one(caller: Caller, familyId: string, id: string): Promise<LegalBasisOutput> {
    const access = await this.families.require(caller.viewer, familyId);
    const [found] = ((await this.caseData.read(access, 
      `SELECT ${COLUMNS} FROM legal_basis b JOIN account a ON a.id = b.recorded_by_account_id WHERE b.id = $1`,
      [id],
    )) as LegalBasisOutput[]).filter((row) => maySee(access, row));
    if (!found) throw notFound('The legal basis');
    return found;
  }
}

/**
 * The regisseur and the recipient see the record; so does the family it
 * concerns (their right to know), from the moment they were told: a record
 * whose family is told afterwards stays out of their sight until then.
 */
function maySee(access: FamilyAccess, row: LegalBasisOutput): boolean {
  const { relation } = access;
  if (relation.type === 'PROFESSIONAL') {
    return relation.involvement.isRegisseur || relation.involvement.id === row.recipientInvolvementId;
  }
  if (relation.type === 'FAMILY_MEMBER') {
    if (!row.familyInformedAt) return false;
    const viewer = access.facts.members.find((m) => m.id === relation.memberId);
    return row.subjectMemberIds.includes(relation.memberId) || (!!viewer && holdsAuthority(viewer, access.facts.today));
  }
  return false;
}
