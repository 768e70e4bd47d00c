import { AccountKind } from '@gezinsplan/domain';
import { Injectable } from '@nestjs/common';
import { AccessLogService } from '../access/access-log.service';
import { CaseData } from '../access/case-data';
import { confirmedNamesakes, ExistingPlanService, PersonToPlace, refuseSecondPlans } from '../access/existing-plan.service';
import { FamilyAccessService } from '../access/family-access.service';
import { involvementIdOf } from '../access/family-access';
import { Caller } from '../auth/caller';
import { badUserInput, forbidden } from '../common/errors/api-error';
import { updateReturning } from '../common/update-returning';
import { query, returning } from '../database/typed-sql';
import { FamilyDirectoryService } from '../access/family-directory.service';
import { familyMemberNotFound, networkMemberNotFound, staleFamilyMember, staleNetworkMember } from './family.exception';
import {
  AddFamilyMemberInput,
  AddNetworkMemberInput,
  CreateFamilyInput,
  UpdateFamilyMemberInput,
  UpdateNetworkMemberInput,
} from './family.input';
import { memberOutputs, networkOutputs } from './family.mapper';
import { checkMember } from './member-problems';
import { NEW_MEMBER, NEW_MEMBER_ID, newMemberValues } from './new-member';
import { FamilyMemberOutput, FamilyOutput, NetworkMemberOutput } from './family.output';

const FAMILY_ID = returning('family', ['id']);
const NETWORK_MEMBER_ID = returning('network_member', ['id']);
const INVOLVEMENT_ID = returning('involvement', ['id']);

@Injectable()
export class FamilyService {
  constructor(
    private readonly caseData: CaseData,
    private readonly families: FamilyAccessService,
    private readonly directories: FamilyDirectoryService,
    private readonly accessLog: AccessLogService,
    private readonly existingPlans: ExistingPlanService,
  ) {}

  /** The family and, through its fields, who is in it and who is involved: a read of personal data, logged. */
  async get(caller: Caller, familyId: string): Promise<FamilyOutput> {
    const access = await this.families.require(caller.viewer, familyId);
    const directory = await this.directories.load(access);
    this.accessLog.recordRead(caller, [
      { access, action: 'READ', list: 'family', memberIds: directory.members.map((m) => m.id) },
    ]);
    return { id: familyId, name: directory.name, lastPlanChangeAt: directory.lastPlanChangeAt, closedAt: directory.closedAt };
  }

  /**
   * The families this person works with or belongs to, newest change first:
   * only those the access rules open today (a child under 12 or an involvement
   * not yet started is not listed), each a logged read.
   */
  async mine(caller: Caller): Promise<FamilyOutput[]> {
    const accesses = await this.families.forAllFamilies(caller.viewer);
    if (accesses.length === 0) return [];
    const families = await this.caseData.read<FamilyOutput>(
      accesses,
      `SELECT id, name, last_plan_change_at AS "lastPlanChangeAt", closed_at AS "closedAt" FROM family
        WHERE id = ANY($1::uuid[]) ORDER BY last_plan_change_at DESC`,
      [accesses.map((access) => access.familyId)],
    );
    this.accessLog.recordRead(
      caller,
      accesses.map((access) => ({ access, action: 'READ' as const, list: 'family', memberIds: [] })),
    );
    return families;
  }

  /** A professional starts a family plan and becomes its regisseur, in one transaction. */
  async create(caller: Caller, input: CreateFamilyInput): Promise<FamilyOutput> {
    const { viewer } = caller;
    if (viewer.kind !== AccountKind.Professional || !viewer.organisationId) {
      throw forbidden('Only professionals start a family plan.');
    }
    const problems = [
      ...input.members.flatMap((member, index) => checkMember(member, `members.${index}`)),
    ];
    if (problems.length > 0) throw badUserInput(problems);
    const people = input.members.map((m, index) => ({ ...m, field: `members.${index}` }));
    const namesakes = await this.refuseSecondPlans(people);
    const familyId = await this.caseData.startFamily(viewer, async (manager) => {
      const [{ id }] = await query(
        manager,
        FAMILY_ID,
        `INSERT INTO family (name, created_by_account_id) VALUES ($1, $2) RETURNING ${FAMILY_ID.sql}`,
        [input.name.trim(), viewer.accountId],
      );
      const memberIds: string[] = [];
      for (const m of people) {
        const [row] = await query(manager, NEW_MEMBER_ID, NEW_MEMBER, [id, ...newMemberValues(m)]);
        memberIds.push(row.id);
        if (namesakes.includes(m)) await this.accessLog.recordDifferentPerson(caller, row.id, manager);
      }
      for (const n of input.network) {
        await manager.query(
          `INSERT INTO network_member (family_id, name, relation, phone, email) VALUES ($1, $2, $3, $4, $5)`,
          [id, n.name.trim(), n.relation.trim(), n.phone ?? null, n.email ?? null],
        );
      }
      const [involvement] = await query(
        manager,
        INVOLVEMENT_ID,
        `INSERT INTO involvement (family_id, account_id, organisation_id, task, categories, member_ids, created_by_account_id)
         VALUES ($1, $2, $3, $4, $5, $6, $2) RETURNING ${INVOLVEMENT_ID.sql}`,
        [id, viewer.accountId, viewer.organisationId, input.regisseurTask.trim(), input.regisseurCategories, memberIds],
      );
      await manager.query(
        `INSERT INTO regisseur_assignment (family_id, involvement_id, assigned_by_account_id) VALUES ($1, $2, $3)`,
        [id, involvement.id, viewer.accountId],
      );
      const access = this.families.ofNewFamily(
        viewer,
        id,
        { id: involvement.id, categories: input.regisseurCategories, memberIds, isRegisseur: true },
        null,
      );
      await this.accessLog.record(caller, [{ access, action: 'CREATE', list: 'family', memberIds }], manager);
      return id;
    });
    return this.get(caller, familyId);
  }

  async addMember(caller: Caller, input: AddFamilyMemberInput): Promise<string> {
    const access = await this.families.requireCoordinator(caller.viewer, input.familyId);
    const problems = checkMember(input, 'input');
    if (problems.length > 0) throw badUserInput(problems);
    const [namesake] = await this.refuseSecondPlans([{ ...input, field: 'input' }]);
    return this.caseData.change(access, async (manager) => {
      const [row] = await query(manager, NEW_MEMBER_ID, NEW_MEMBER, [input.familyId, ...newMemberValues(input)]);
      if (namesake) await this.accessLog.recordDifferentPerson(caller, row.id, manager);
      // The regisseur coordinates for the whole family: her own task covers the new member at once
      // (issue 17 item 6), in the same transaction, so she writes about them without first editing her task.
      const regisseurInvolvementId = involvementIdOf(access);
      if (regisseurInvolvementId) {
        await manager.query(
          `UPDATE involvement SET member_ids = array_append(member_ids, $1::uuid), version = version + 1
            WHERE id = $2 AND family_id = $3 AND NOT ($1::uuid = ANY(member_ids))`,
          [row.id, regisseurInvolvementId, input.familyId],
        );
      }
      await this.accessLog.record(caller, [{ access, action: 'CREATE', list: 'members', memberIds: [row.id] }], manager);
      this.directories.forget(access);
      return row.id;
    });
  }

  async addNetworkMember(caller: Caller, input: AddNetworkMemberInput): Promise<string> {
    const access = await this.families.requireCoordinator(caller.viewer, input.familyId);
    return this.caseData.change(access, async (manager) => {
      const [row] = await query(
        manager,
        NETWORK_MEMBER_ID,
        `INSERT INTO network_member (family_id, name, relation, phone, email) VALUES ($1, $2, $3, $4, $5) RETURNING ${NETWORK_MEMBER_ID.sql}`,
        [input.familyId, input.name.trim(), input.relation.trim(), input.phone ?? null, input.email ?? null],
      );
      await this.accessLog.record(caller, [{ access, action: 'CREATE', list: 'network', memberIds: [] }], manager);
      this.directories.forget(access);
      return row.id;
    });
  }

  /**
   * The regisseur corrects a member's details, against the version they saw.
   * The database keeps the earlier state; consent and read access follow the
   * corrected details from the next request on, since both are computed on the day.
   */
  async updateMember(caller: Caller, input: UpdateFamilyMemberInput): Promise<FamilyMemberOutput> {
    // A member of a family one has no relation to is as unknown as a made-up id.
    const owner = await this.families.forRecord(caller.viewer, 'familyMember', input.id);
    if (!owner) throw familyMemberNotFound();
    const access = await this.families.requireCoordinator(caller.viewer, owner.familyId);
    const problems = checkMember(input, 'input');
    if (problems.length > 0) throw badUserInput(problems);
    const details = [input.givenName.trim(), input.familyName.trim(), input.role, input.dateOfBirth,
      input.hasParentalAuthority, input.livesAtHome];
    const outcome = await this.caseData.change(access, async (manager) => {
      // Matches only a real change to the version the regisseur saw: a correction that changes nothing writes nothing.
      const updated = await updateReturning(
        manager,
        `UPDATE family_member
            SET given_name = $3, family_name = $4, role = $5, date_of_birth = $6, has_parental_authority = $7,
                lives_at_home = $8, version = version + 1, updated_at = now(), updated_by_account_id = $9
          WHERE id = $1 AND version = $2
            AND (given_name, family_name, role, date_of_birth, has_parental_authority, lives_at_home)
                IS DISTINCT FROM ($3::text, $4::text, $5::text, $6::date, $7::boolean, $8::boolean)
          RETURNING id`,
        [input.id, input.expectedVersion, ...details, caller.viewer.accountId],
      );
      if (updated.length > 0) {
        await this.accessLog.record(caller, [{ access, action: 'UPDATE', list: 'members', memberIds: [input.id] }], manager);
        return 'CORRECTED';
      }
      const [current] = (await manager.query(
        `SELECT (given_name, family_name, role, date_of_birth, has_parental_authority, lives_at_home)
                IS NOT DISTINCT FROM ($2::text, $3::text, $4::text, $5::date, $6::boolean, $7::boolean) AS unchanged
           FROM family_member WHERE id = $1`,
        [input.id, ...details],
      )) as Array<{ unchanged: boolean }>;
      return current.unchanged ? 'UNCHANGED' : 'STALE';
    });
    this.directories.forget(access);
    const directory = await this.directories.load(access);
    const member = memberOutputs(directory, access).find((m) => m.id === input.id);
    if (!member) throw familyMemberNotFound();
    if (outcome === 'STALE') {
      // The conflict carries the member's current details: a read like any other.
      this.accessLog.recordRead(caller, [{ access, action: 'READ', list: 'members', memberIds: [input.id] }]);
      throw staleFamilyMember(member);
    }
    return member;
  }

  /**
   * The regisseur corrects a network member's details (a new phone number, a
   * misspelt name), against the version they saw. The database keeps the
   * earlier state; a correction that changes nothing writes nothing.
   */
  async updateNetworkMember(caller: Caller, input: UpdateNetworkMemberInput): Promise<NetworkMemberOutput> {
    const owner = await this.families.forRecord(caller.viewer, 'networkMember', input.id);
    if (!owner) throw networkMemberNotFound();
    const access = await this.families.requireCoordinator(caller.viewer, owner.familyId);
    const details = [input.name.trim(), input.relation.trim(), input.phone?.trim() || null, input.email?.trim() || null];
    const outcome = await this.caseData.change(access, async (manager) => {
      const updated = await updateReturning(
        manager,
        `UPDATE network_member
            SET name = $3, relation = $4, phone = $5, email = $6, version = version + 1, updated_at = now(), updated_by_account_id = $7
          WHERE id = $1 AND version = $2
            AND (name, relation, phone, email) IS DISTINCT FROM ($3::text, $4::text, $5::text, $6::text)
          RETURNING id`,
        [input.id, input.expectedVersion, ...details, caller.viewer.accountId],
      );
      if (updated.length > 0) {
        await this.accessLog.record(caller, [{ access, action: 'UPDATE', list: 'network', memberIds: [] }], manager);
        return 'CORRECTED';
      }
      const [current] = await manager.query<Array<{ unchanged: boolean }>>(
        `SELECT (name, relation, phone, email) IS NOT DISTINCT FROM ($2::text, $3::text, $4::text, $5::text) AS unchanged
           FROM network_member WHERE id = $1`,
        [input.id, ...details],
      );
      return current.unchanged ? 'UNCHANGED' : 'STALE';
    });
    this.directories.forget(access);
    const person = networkOutputs(await this.directories.load(access), access).find((n) => n.id === input.id);
    if (!person) throw networkMemberNotFound();
    if (outcome === 'STALE') {
      // The conflict carries the current details: a read like any other.
      this.accessLog.recordRead(caller, [{ access, action: 'READ', list: 'network', memberIds: [] }]);
      throw staleNetworkMember(person);
    }
    return person;
  }

  /**
   * One family once: a person known by BSN to be in another active plan refuses the whole change.
   * Answers the namesakes in other active plans that the starter confirmed to be someone else.
   */
  private async refuseSecondPlans<P extends PersonToPlace & { field: string }>(people: readonly P[]): Promise<P[]> {
    const found = await this.existingPlans.find(people);
    refuseSecondPlans(people, found);
    return confirmedNamesakes(people, found);
  }

}
