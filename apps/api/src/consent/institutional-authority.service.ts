import { ADULT_AGE, ageOn, OrganisationType } from '@gezinsplan/domain';
import { Injectable } from '@nestjs/common';
import { Caller } from '../auth/caller';
import { badUserInput, conflict, forbidden, notFound } from '../common/errors/api-error';
import { updateReturning } from '../common/update-returning';
import { returning, query } from '../database/typed-sql';
import { AccessLogService } from '../access/access-log.service';
import { CaseData } from '../access/case-data';
import { FamilyAccess, isRegisseur } from '../access/family-access';
import { FamilyAccessService } from '../access/family-access.service';
import { FamilyDirectory } from '../access/family-directory';
import { FamilyDirectoryService } from '../access/family-directory.service';
import { EndInstitutionalAuthorityInput, RecordInstitutionalAuthorityInput } from './institutional-authority.input';
import { InstitutionalAuthorityOutput } from './institutional-authority.output';

const AUTHORITY_ID = returning('institutional_authority', ['id']);

interface AuthorityRow extends InstitutionalAuthorityOutput {
  familyId: string;
}

const COLUMNS = `x.id, x.family_id AS "familyId", x.member_id AS "memberId", x.organisation_id AS "organisationId",
  o.name AS "organisationName", to_char(x.starts_on, 'YYYY-MM-DD') AS "startsOn", to_char(x.ends_on, 'YYYY-MM-DD') AS "endsOn",
  x.ruling, x.recorded_at AS "recordedAt", a.display_name AS "recordedByName"`;

/** What the database refuses, in words: the service checks first, the database decides when two requests race. */
function refusal(error: unknown): Error | null {
  const constraint = typeof error === 'object' && error !== null && 'constraint' in error ? error.constraint : null;
  switch (constraint) {
    case 'institutional_authority_no_overlap':
    case 'institutional_authority_one_open_per_member':
      return conflict('Another record of parental authority covers these days for this member; end it first.');
    case 'institutional_authority_over_minor':
      return badUserInput([{ field: 'startsOn', message: 'the member is not a minor on this day' }]);
    case 'institutional_authority_member_of_family':
      return badUserInput([{ field: 'memberId', message: 'must be a member of this family' }]);
    case 'institutional_authority_certified_institution':
      return badUserInput([{ field: 'organisationId', message: 'must be a certified institution (youth protection)' }]);
    default:
      return null;
  }
}

/**
 * Parental authority over a minor that lies with a certified institution
 * (gecertificeerde instelling) after a court's ruling: the institution then
 * decides on consent in the parents' place. Recorded and ended by the
 * regisseur or by a professional of that institution in this family.
 */
@Injectable()
export class InstitutionalAuthorityService {
  constructor(
    private readonly caseData: CaseData,
    private readonly families: FamilyAccessService,
    private readonly directories: FamilyDirectoryService,
    private readonly accessLog: AccessLogService,
  ) {}

  /** The family and the professionals involved see who holds authority; the network does not. */
  async list(caller: Caller, familyId: string): Promise<InstitutionalAuthorityOutput[]> {
    const access = await this.families.require(caller.viewer, familyId);
    if (access.relation.type === 'NETWORK_MEMBER') return [];
    const rows = await this.rows(access);
    this.accessLog.recordRead(caller, [
      { access, action: 'READ', list: 'institutional-authority', memberIds: [...new Set(rows.map((row) => row.memberId))] },
    ]);
    return rows.map(toOutput);
  }

  async record(caller: Caller, input: RecordInstitutionalAuthorityInput): Promise<InstitutionalAuthorityOutput> {
    const access = await this.families.require(caller.viewer, input.familyId);
    const directory = await this.directories.load(access);
    this.requireActor(access, directory, input.organisationId);
    const problems = [];
    const member = directory.members.find((m) => m.id === input.memberId);
    if (!member) problems.push({ field: 'memberId', message: 'must be a member of this family' });
    else if (ageOn(member.dateOfBirth, input.startsOn) >= ADULT_AGE) {
      problems.push({ field: 'memberId', message: 'must be a minor on the start date: an adult decides alone' });
    } else if (input.startsOn < member.dateOfBirth) {
      problems.push({ field: 'startsOn', message: `lies before the child's date of birth (${member.dateOfBirth})` });
    }
    const institution = activeInvolvements(directory, input.organisationId);
    if (institution.length === 0) {
      problems.push({ field: 'organisationId', message: 'must be an organisation involved with this family' });
    } else if (institution[0].organisationType !== OrganisationType.YouthProtection) {
      problems.push({ field: 'organisationId', message: 'must be a certified institution (youth protection)' });
    }
    if (input.ruling.length === 0) problems.push({ field: 'ruling', message: 'name the ruling' });
    if (problems.length > 0) throw badUserInput(problems);
    const id = await this.refusingNonsense(() =>
      this.caseData.change(access, async (manager) => {
        const [row] = await query(
          manager,
          AUTHORITY_ID,
          `INSERT INTO institutional_authority (family_id, member_id, organisation_id, starts_on, ruling, recorded_by_account_id)
           VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${AUTHORITY_ID.sql}`,
          [input.familyId, input.memberId, input.organisationId, input.startsOn, input.ruling, caller.viewer.accountId],
        );
        await this.accessLog.record(caller, [{ access, action: 'COORDINATE', list: 'institutional-authority', memberIds: [input.memberId] }], manager);
        return row.id;
      }),
    );
    return this.one(caller, input.familyId, id);
  }

  async end(caller: Caller, input: EndInstitutionalAuthorityInput): Promise<InstitutionalAuthorityOutput> {
    const access = await this.families.forRecord(caller.viewer, 'institutionalAuthority', input.id);
    const row = access && (await this.rows(access)).find((r) => r.id === input.id);
    if (!access || !row || access.relation.type === 'NETWORK_MEMBER') throw notFound('The record of parental authority');
    this.requireActor(access, await this.directories.load(access), row.organisationId);
    if (row.endsOn !== null) throw conflict(`This record of parental authority already ended on ${row.endsOn}.`);
    if (input.endsOn < row.startsOn) throw badUserInput([{ field: 'endsOn', message: `lies before the start (${row.startsOn})` }]);
    await this.refusingNonsense(() =>
      this.caseData.change(access, async (manager) => {
        const updated = await updateReturning(
          manager,
          `UPDATE institutional_authority SET ends_on = $2, ended_at = now(), ended_by_account_id = $3
            WHERE id = $1 AND ends_on IS NULL RETURNING id`,
          [row.id, input.endsOn, caller.viewer.accountId],
        );
        if (updated.length === 0) throw conflict('This record of parental authority was already ended.');
        await this.accessLog.record(caller, [{ access, action: 'COORDINATE', list: 'institutional-authority', memberIds: [row.memberId] }], manager);
      }),
    );
    return this.one(caller, row.familyId, row.id);
  }

  /** The regisseur, or a professional of the institution itself with an active involvement in this family. */
  private requireActor(access: FamilyAccess, directory: FamilyDirectory, organisationId: string): void {
    const { relation } = access;
    const ownInstitution =
      relation.type === 'PROFESSIONAL' && activeInvolvements(directory, organisationId).some((i) => i.id === relation.involvement.id);
    if (isRegisseur(access) || ownInstitution) return;
    this.families.refuse(access, 'institutional-authority');
    throw forbidden('Only the regisseur, or a professional of the certified institution, records who holds parental authority.');
  }

  private async refusingNonsense<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw refusal(error) ?? error;
    }
  }

  private async one(caller: Caller, familyId: string, id: string): Promise<InstitutionalAuthorityOutput> {
    const access = await this.families.require(caller.viewer, familyId);
    const row = (await this.rows(access)).find((r) => r.id === id);
    if (!row) throw notFound('The record of parental authority');
    return toOutput(row);
  }

  private rows(access: FamilyAccess): Promise<AuthorityRow[]> {
    return this.caseData.read<AuthorityRow>(
      access,
      `SELECT ${COLUMNS}
         FROM institutional_authority x
         JOIN organisation o ON o.id = x.organisation_id
         JOIN account a ON a.id = x.recorded_by_account_id
        WHERE x.family_id = $1
        ORDER BY x.starts_on, x.recorded_at`,
      [access.familyId],
    );
  }
}

function activeInvolvements(directory: FamilyDirectory, organisationId: string) {
  return directory.involvements.filter((i) => i.organisationId === organisationId && i.endedAt === null);
}

function toOutput({ familyId: _family, ...row }: AuthorityRow): InstitutionalAuthorityOutput {
  return row;
}
