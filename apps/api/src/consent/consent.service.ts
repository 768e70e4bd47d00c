import { authorityInstitution, canBeConsentedFor, ConsentFact, Consenters, isEffective, requiredConsenters } from '@gezinsplan/access-policy';
import { ADULT_AGE, ageOn, CHILD_CONSENT_AGE, dutchToday, INDEPENDENT_CONSENT_AGE, InformationCategory } from '@gezinsplan/domain';
import { Injectable } from '@nestjs/common';
import { Caller } from '../auth/caller';
import { badUserInput, conflict, forbidden, notFound } from '../common/errors/api-error';
import { updateReturning } from '../common/update-returning';
import { query, returning } from '../database/typed-sql';
import { memberName } from '../access/family-directory';
import { FamilyDirectoryService } from '../access/family-directory.service';
import { AccessLogService } from '../access/access-log.service';
import { CaseData } from '../access/case-data';
import { FamilyAccess, isRegisseur } from '../access/family-access';
import { FamilyAccessService } from '../access/family-access.service';
import { ConsentNotifications } from '../notification/consent-notifications';
import { GiveConsentInput, GiveInstitutionConsentInput, RecordConsentInput, WithdrawConsentInput } from './consent.input';
import { ConsentOutput, ConsentRequirementOutput } from './consent.output';

const CONSENT_ID = returning('consent', ['id']);

interface ConsentRow {
  id: string;
  family_id: string;
  subject_member_id: string;
  purpose: ConsentFact['purpose'];
  recipient_involvement_ids: string[];
  categories: InformationCategory[];
  valid_from: string;
  valid_until: string | null;
  recorded_at: Date;
  recorded_by_name: string;
  withdrawn_at: Date | null;
  withdrawal_note: string | null;
  given: Array<{ memberId: string; givenAt: string }>;
  given_by_institution: Array<{ organisationId: string; givenAt: string }>;
}

/**
 * Consent to share: who must give it is computed from the dates of birth on
 * the day; withdrawal ends the access it granted at once, because access is
 * decided from the current consents on every request.
 */
@Injectable()
export class ConsentService {
  constructor(
    private readonly caseData: CaseData,
    private readonly families: FamilyAccessService,
    private readonly directories: FamilyDirectoryService,
    private readonly accessLog: AccessLogService,
    private readonly notifications: ConsentNotifications,
  ) {}

  async requirements(caller: Caller, familyId: string): Promise<ConsentRequirementOutput[]> {
    const access = await this.families.require(caller.viewer, familyId);
    // Who must consent for whom tells ages and who holds authority (a court's ruling, even): the professionals who
    // record and ask for consent need it; the family and the network read their own consents in the portal instead.
    if (access.relation.type !== 'PROFESSIONAL') return [];
    const { members, today } = access.facts;
    return members.map((member) => {
      const age = ageOn(member.dateOfBirth, today);
      // By date of birth, whatever the role (a household member of 14 is a minor, a "child" of 18 an adult).
      const rule =
        age >= ADULT_AGE
          ? 'ADULT'
          : age >= INDEPENDENT_CONSENT_AGE
            ? 'FROM_16'
            : age >= CHILD_CONSENT_AGE
              ? 'FROM_12_TO_15'
              : 'UNDER_12';
      const required = requiredConsenters(member, access.facts);
      return { memberId: member.id, requiredConsenterIds: required.memberIds, requiredInstitutionId: required.organisationId, rule };
    });
  }

  async list(caller: Caller, familyId: string): Promise<ConsentOutput[]> {
    const access = await this.families.require(caller.viewer, familyId);
    const rows = await this.rows(access);
    const visible = rows.filter((row) => this.maySee(access, row));
    this.accessLog.recordRead(caller, [
      { access, action: 'READ', list: 'consents', memberIds: visible.map((row) => row.subject_member_id) },
    ]);
    return Promise.all(visible.map((row) => this.output(caller, access, row)));
  }

  async record(caller: Caller, input: RecordConsentInput): Promise<ConsentOutput> {
    const access = await this.families.requireCoordinator(caller.viewer, input.familyId);
    const directory = await this.directories.load(access);
    const memberIds = new Set(directory.members.map((m) => m.id));
    const problems = [];
    if (!memberIds.has(input.subjectMemberId)) problems.push({ field: 'subjectMemberId', message: 'must be a member of this family' });
    if (input.givenByMemberIds.some((id) => !memberIds.has(id))) {
      problems.push({ field: 'givenByMemberIds', message: 'must be members of this family' });
    }
    if (input.purpose === 'PLAN_EXCHANGE') {
      if (input.recipientInvolvementIds.length === 0) problems.push({ field: 'recipientInvolvementIds', message: 'name who may receive' });
      if (input.categories.length === 0) problems.push({ field: 'categories', message: 'name the categories that may be shared' });
      const active = new Set(directory.involvements.filter((i) => i.endedAt === null).map((i) => i.id));
      if (input.recipientInvolvementIds.some((id) => !active.has(id))) {
        problems.push({ field: 'recipientInvolvementIds', message: 'must be active involvements with this family' });
      }
    }
    if (input.purpose === 'SHARE_AGREED_PLAN') {
      if (input.categories.length === 0) problems.push({ field: 'categories', message: 'name the categories of agreements that may be shared' });
      if (input.recipientInvolvementIds.length > 0) {
        problems.push({ field: 'recipientInvolvementIds', message: 'must be empty: the agreed plan is shared with everyone involved' });
      }
    }
    const subject = access.facts.members.find((m) => m.id === input.subjectMemberId);
    if (subject && !canBeConsentedFor(requiredConsenters(subject, access.facts))) {
      problems.push({
        field: 'subjectMemberId',
        message: 'nobody in the plan holds parental authority over this child: record who does, or share on a legal basis',
      });
    }
    const validFrom = input.validFrom ?? dutchToday();
    if (input.validUntil && input.validUntil < validFrom) problems.push({ field: 'validUntil', message: 'lies before the start' });
    if (problems.length > 0) throw badUserInput(problems);
    const id = await this.caseData.change(access, async (manager) => {
      const [row] = await query(
        manager,
        CONSENT_ID,
        `INSERT INTO consent (family_id, subject_member_id, purpose, recipient_involvement_ids, categories, valid_from,
           valid_until, recorded_by_account_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${CONSENT_ID.sql}`,
        [input.familyId, input.subjectMemberId, input.purpose, input.recipientInvolvementIds, input.categories, validFrom,
          input.validUntil ?? null, caller.viewer.accountId],
      );
      for (const memberId of new Set(input.givenByMemberIds)) {
        await manager.query(
          `INSERT INTO consent_given (consent_id, member_id, recorded_by_account_id) VALUES ($1, $2, $3)`,
          [row.id, memberId, caller.viewer.accountId],
        );
      }
      await this.accessLog.record(caller, [{ access, action: 'COORDINATE', list: 'consent', memberIds: [input.subjectMemberId] }], manager);
      return row.id;
    });
    return this.one(caller, input.familyId, id);
  }

  /** A family member gives their own consent, or the regisseur records that they gave it. */
  async give(caller: Caller, input: GiveConsentInput): Promise<ConsentOutput> {
    const { access, row } = await this.locate(caller, input.consentId);
    const self = access.relation.type === 'FAMILY_MEMBER' && access.relation.memberId === input.memberId;
    if (!self && !isRegisseur(access)) throw forbidden('Only the person themselves or the regisseur records their consent.');
    if (row.withdrawn_at) throw conflict('This consent was withdrawn; record a new one.');
    if (!access.facts.members.some((m) => m.id === input.memberId)) {
      throw badUserInput([{ field: 'memberId', message: 'must be a member of this family' }]);
    }
    await this.caseData.change(access, async (manager) => {
      await manager.query(
        `INSERT INTO consent_given (consent_id, member_id, recorded_by_account_id) VALUES ($1, $2, $3)
         ON CONFLICT DO NOTHING`,
        [row.id, input.memberId, caller.viewer.accountId],
      );
      await this.accessLog.record(caller, [{ access, action: 'COORDINATE', list: 'consent', memberIds: [row.subject_member_id] }], manager);
    });
    return this.one(caller, row.family_id, row.id);
  }

  /**
   * The certified institution holding parental authority over the consent's
   * subject gives its consent, recorded by one of its professionals in this family.
   */
  async giveForInstitution(caller: Caller, input: GiveInstitutionConsentInput): Promise<ConsentOutput> {
    const { access, row } = await this.locate(caller, input.consentId);
    const authority = this.institution(access, row);
    const involvementId = access.relation.type === 'PROFESSIONAL' ? access.relation.involvement.id : null;
    if (!authority || involvementId === null || !authority.involvementIds.includes(involvementId)) {
      this.families.refuse(access, 'consent', 'FORBIDDEN', row.id);
      throw forbidden('Only a professional of the certified institution that holds parental authority over this child gives its consent.');
    }
    if (row.withdrawn_at) throw conflict('This consent was withdrawn; record a new one.');
    await this.caseData.change(access, async (manager) => {
      await manager.query(
        `INSERT INTO consent_given_by_institution (consent_id, organisation_id, involvement_id, recorded_by_account_id)
         VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
        [row.id, authority.organisationId, involvementId, caller.viewer.accountId],
      );
      await this.accessLog.record(caller, [{ access, action: 'COORDINATE', list: 'consent', memberIds: [row.subject_member_id] }], manager);
    });
    return this.one(caller, row.family_id, row.id);
  }

  /** Withdrawal by the regisseur, the subject, or anyone whose consent it needs. */
  async withdraw(caller: Caller, input: WithdrawConsentInput): Promise<ConsentOutput> {
    const { access, row } = await this.locate(caller, input.consentId);
    const required = this.required(access, row);
    const familyMember = access.relation.type === 'FAMILY_MEMBER' ? access.relation.memberId : null;
    const mayWithdraw =
      isRegisseur(access) ||
      this.actsForInstitution(access, row) ||
      (familyMember !== null && (familyMember === row.subject_member_id || required.memberIds.includes(familyMember)));
    if (!mayWithdraw) throw forbidden('Only the regisseur, or the family members or institution whose consent it is, withdraw it.');
    const relied = isEffective(factOf(row), access.facts);
    await this.caseData.change(access, async (manager) => {
      const updated = await updateReturning(
        manager,
        `UPDATE consent SET withdrawn_at = now(), withdrawn_by_account_id = $2, withdrawal_note = $3
          WHERE id = $1 AND withdrawn_at IS NULL RETURNING id`,
        [row.id, caller.viewer.accountId, input.note?.trim() ?? null],
      );
      if (updated.length === 0) throw conflict('This consent was already withdrawn.');
      // Only a consent that counted gave anyone access to lose.
      if (relied) await this.notifications.withdrawn(manager, { familyId: row.family_id, consentId: row.id, actorAccountId: caller.viewer.accountId });
      await this.accessLog.record(caller, [{ access, action: 'COORDINATE', list: 'consent', memberIds: [row.subject_member_id] }], manager);
    }, 'FAMILY_RIGHT');
    return this.one(caller, row.family_id, row.id);
  }

  private async locate(caller: Caller, consentId: string): Promise<{ access: FamilyAccess; row: ConsentRow }> {
    const access = await this.families.forRecord(caller.viewer, 'consent', consentId);
    const row = access && (await this.rows(access)).find((r) => r.id === consentId);
    if (!access || !row || !this.maySee(access, row)) throw notFound('The consent');
    return { access, row };
  }

  private async one(caller: Caller, familyId: string, id: string): Promise<ConsentOutput> {
    const access = await this.families.require(caller.viewer, familyId);
    const row = (await this.rows(access)).find((r) => r.id === id);
    if (!row) throw notFound('The consent');
    return this.output(caller, access, row);
  }

  private required(access: FamilyAccess, row: ConsentRow): Consenters {
    const subject = access.facts.members.find((m) => m.id === row.subject_member_id);
    return subject ? requiredConsenters(subject, access.facts) : { memberIds: [], organisationId: null };
  }

  /** The certified institution holding authority over the consent's subject today, if any. */
  private institution(access: FamilyAccess, row: ConsentRow) {
    const subject = access.facts.members.find((m) => m.id === row.subject_member_id);
    return subject ? authorityInstitution(subject, access.facts) : null;
  }

  /** Whether this professional acts for the certified institution that decides for the consent's subject. */
  private actsForInstitution(access: FamilyAccess, row: ConsentRow): boolean {
    const { relation } = access;
    return relation.type === 'PROFESSIONAL' && (this.institution(access, row)?.involvementIds.includes(relation.involvement.id) ?? false);
  }

  /**
   * The regisseur sees all; a partner what names them, and the sharing of the
   * agreed plan, which is with everyone involved; a family member what concerns them.
   */
  private maySee(access: FamilyAccess, row: ConsentRow): boolean {
    const { relation } = access;
    if (relation.type === 'PROFESSIONAL') {
      return (
        relation.involvement.isRegisseur ||
        row.purpose === 'SHARE_AGREED_PLAN' ||
        row.recipient_involvement_ids.includes(relation.involvement.id) ||
        this.actsForInstitution(access, row)
      );
    }
    if (relation.type === 'FAMILY_MEMBER') {
      return (
        row.subject_member_id === relation.memberId ||
        row.given.some((g) => g.memberId === relation.memberId) ||
        this.required(access, row).memberIds.includes(relation.memberId)
      );
    }
    return false;
  }

  private async output(caller: Caller, access: FamilyAccess, row: ConsentRow): Promise<ConsentOutput> {
    const directory = await this.directories.load(access);
    const required = this.required(access, row);
    return {
      id: row.id,
      subjectMemberId: row.subject_member_id,
      purpose: row.purpose,
      recipientInvolvementIds: row.recipient_involvement_ids,
      categories: row.categories,
      validFrom: row.valid_from,
      validUntil: row.valid_until,
      recordedAt: row.recorded_at,
      recordedByName: row.recorded_by_name,
      givenBy: row.given.map((g) => {
        const member = directory.members.find((m) => m.id === g.memberId);
        return { memberId: g.memberId, name: member ? memberName(member) : '', givenAt: new Date(g.givenAt) };
      }),
      givenByInstitutions: row.given_by_institution.map((g) => ({
        organisationId: g.organisationId,
        name: directory.involvements.find((i) => i.organisationId === g.organisationId)?.organisationName ?? '',
        givenAt: new Date(g.givenAt),
      })),
      requiredConsenterIds: required.memberIds,
      requiredInstitutionId: required.organisationId,
      effective: isEffective(factOf(row), access.facts),
      withdrawnAt: row.withdrawn_at,
      withdrawalNote: row.withdrawal_note,
    };
  }

  private rows(access: FamilyAccess): Promise<ConsentRow[]> {
    return this.caseData.read<ConsentRow>(
      access,
      
      `SELECT c.id, c.family_id, c.subject_member_id, c.purpose, c.recipient_involvement_ids, c.categories,
              to_char(c.valid_from, 'YYYY-MM-DD') AS valid_from, to_char(c.valid_until, 'YYYY-MM-DD') AS valid_until,
              c.recorded_at, a.display_name AS recorded_by_name, c.withdrawn_at, c.withdrawal_note,
              coalesce(json_agg(json_build_object('memberId', g.member_id, 'givenAt', g.given_at))
                FILTER (WHERE g.member_id IS NOT NULL), '[]') AS given,
              (SELECT coalesce(json_agg(json_build_object('organisationId', gi.organisation_id, 'givenAt', gi.given_at)), '[]')
                 FROM consent_given_by_institution gi WHERE gi.consent_id = c.id) AS given_by_institution
         FROM consent c
         JOIN account a ON a.id = c.recorded_by_account_id
         LEFT JOIN consent_given g ON g.consent_id = c.id
        WHERE c.family_id = $1
        GROUP BY c.id, a.display_name
        ORDER BY c.recorded_at`,
      [access.familyId],
    );
  }
}

function factOf(row: ConsentRow): ConsentFact {
  return {
    id: row.id,
    subjectMemberId: row.subject_member_id,
    purpose: row.purpose,
    recipientInvolvementIds: row.recipient_involvement_ids,
    categories: row.categories,
    givenByMemberIds: row.given.map((g) => g.memberId),
    givenByOrganisationIds: row.given_by_institution.map((g) => g.organisationId),
    validFrom: row.valid_from,
    validUntil: row.valid_until,
    withdrawn: row.withdrawn_at !== null,
  };
}
