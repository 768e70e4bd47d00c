import {
  decideAboutWholeFamily,
  decideAdd,
  decideBottomLine,
  decideChange,
  decideCoordinate,
  decideEdit,
  decideMarkDone,
  decideRespond,
  ItemFacts,
  Party,
  undisclosedInvolvementIds,
  WriteDecision,
} from '@gezinsplan/access-policy';
import { ageOn, FieldProblem, PlanItemKind, PORTAL_MINIMUM_AGE } from '@gezinsplan/domain';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AccessAction, AccessLogService } from '../access/access-log.service';
import { CaseData } from '../access/case-data';
import { FamilyAccess, involvementIdOf } from '../access/family-access';
import { FamilyAccessService } from '../access/family-access.service';
import { Caller } from '../auth/caller';
import { badUserInput } from '../common/errors/api-error';
import { updateReturning } from '../common/update-returning';
import { query, returning } from '../database/typed-sql';
import { DirectoryInvolvement, FamilyDirectory } from '../access/family-directory';
import { FamilyDirectoryService } from '../access/family-directory.service';
import { PlanItemContent } from './plan-item-content';
import { assigneeProblems } from './plan-item-assignee';
import { inviteeProblems } from './plan-item-invitees';
import { factsOfRow, partyColumns, partyOfRow } from './plan-item-facts';
import { AGREEMENT_KINDS, AgreementNotifications } from '../notification/agreement-notifications';
import { EvaluationNotifications } from '../notification/evaluation-notifications';
import { FamilyNotifications } from '../notification/family-notifications';
import { checkDraft, emptyDraft, ItemDraft, mergeDraft } from './plan-item-rules';
import { planItemNotFound, refused, staleVersion } from './plan-item.exception';
import {
  AddPlanItemInput,
  RemovePlanItemInput,
  RespondToPlanItemInput,
  SetAgreementStatusInput,
  UpdatePlanItemInput,
  WithholdFromFamilyInput,
} from './plan-item.input';
import { toPlanItemOutput } from './plan-item.mapper';
import { PlanItemOutput } from './plan-item.output';
import { PlanItemReader } from './plan-item.reader';
import { PlanItemRow } from './plan-item.row';

const ITEM_ID = returning('plan_item', ['id']);

interface Located {
  access: FamilyAccess;
  row: PlanItemRow;
}

function allowOrThrow(decision: WriteDecision): void {
  if (!decision.allowed) throw refused(decision.reason);
}

/** Every read and change of plan items: access decided by the policy, one transaction per change, logged. */
@Injectable()
export class PlanItemService {
  constructor(
    private readonly caseData: CaseData,
    private readonly families: FamilyAccessService,
    private readonly directories: FamilyDirectoryService,
    private readonly reader: PlanItemReader,
    private readonly accessLog: AccessLogService,
    private readonly notifications: FamilyNotifications,
    private readonly agreementNotifications: AgreementNotifications,
    private readonly evaluationNotifications: EvaluationNotifications,
  ) {}

  async list(caller: Caller, familyId: string, kinds?: readonly PlanItemKind[]): Promise<PlanItemOutput[]> {
    const access = await this.families.require(caller.viewer, familyId);
    const [rows, directory] = await Promise.all([
      this.reader.current(access, { kinds }),
      this.directories.load(access),
    ]);
    this.accessLog.recordRead(caller, [
      { access, action: 'READ', list: 'plan', memberIds: rows.filter((r) => r.access === 'FULL').flatMap((r) => r.about_member_ids) },
    ]);
    return rows.map((row) => toPlanItemOutput(directory, row, access.relation));
  }

  /** One item, as the caller may see it; NOT_FOUND alike when it does not exist or is hidden from them. */
  async read(caller: Caller, itemId: string): Promise<PlanItemOutput> {
    const { access, row } = await this.locate(caller, itemId);
    this.accessLog.recordRead(caller, [
      { access, action: 'READ', itemId: row.id, memberIds: row.access === 'FULL' ? row.about_member_ids : [] },
    ]);
    return toPlanItemOutput(await this.directories.load(access), row, access.relation);
  }

  async add(caller: Caller, input: AddPlanItemInput): Promise<PlanItemOutput> {
    const access = await this.families.require(caller.viewer, input.familyId);
    const directory = await this.directories.load(access);
    const draft = mergeDraft(emptyDraft(input.kind, input.category, input.aboutMemberIds), input);
    allowOrThrow(
      decideAdd(
        access.relation,
        { kind: draft.kind, category: draft.category, aboutMemberIds: draft.aboutMemberIds, assignee: assigneeFacts(draft) },
        access.organisationType,
      ),
    );
    allowOrThrow(decideAboutWholeFamily(access.relation, draft.kind, draft.aboutMemberIds, access.facts));
    allowOrThrow(decideBottomLine(access.relation, draft.kind, access.facts));
    const problems = [
      ...checkDraft(draft),
      ...(await this.checkReferences(access, draft, directory, [])),
      ...assigneeProblems(directory, access.facts, itemFactsOf(draft, authorParty(access), false), draft.assignee),
      ...inviteeProblems(directory, access.facts, itemFactsOf(draft, authorParty(access), false)),
    ];
    if (access.relation.type === 'NETWORK_MEMBER' && draft.category !== 'SAFETY') {
      problems.push({ field: 'category', message: 'the network writes in the safety plan’s logbook (SAFETY)' });
    }
    if (problems.length > 0) throw badUserInput(problems);
    const id = await this.write(caller, access, 'CREATE', draft.aboutMemberIds, async (manager) => {
      const [{ id: created }] = await query(
        manager,
        ITEM_ID,
        `INSERT INTO plan_item (family_id, kind, category, about_member_ids, author_account_id,
           author_involvement_id, author_member_id, author_network_member_id,
           assignee_involvement_id, assignee_member_id, assignee_network_member_id,
           content, status, due_on, updated_by_account_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $5) RETURNING ${ITEM_ID.sql}`,
        [
          access.familyId,
          draft.kind,
          draft.category,
          draft.aboutMemberIds,
          caller.viewer.accountId,
          ...authorColumns(access),
          ...Object.values(partyColumns(draft.assignee)),
          draft.content,
          draft.status,
          draft.dueOn,
        ],
      );
      if (draft.kind === 'EVALUATION' && draft.status === 'PLANNED') {
        await this.evaluationPlanned(manager, caller, access, created, {
          involvementIds: draft.content.invitedInvolvementIds ?? [],
          memberIds: draft.content.invitedMemberIds ?? [],
          authorInvolvementId: involvementIdOf(access),
          withheld: false,
        });
      }
      return created;
    });
    return this.output(caller, access, id);
  }

  async update(caller: Caller, input: UpdatePlanItemInput): Promise<PlanItemOutput> {
    const { access, row } = await this.locate(caller, input.id);
    allowOrThrow(decideEdit(access.relation, access.grant, factsOfRow(row)));
    const directory = await this.directories.load(access);
    const draft = mergeDraft(draftOfRow(row), input);
    const before = factsOfRow(row);
    const after = itemFactsOf(draft, before.author, before.withheldFromFamily);
    allowOrThrow(decideChange(access.relation, before, after));
    // An item that was family-wide already stays editable as it is; only making it family-wide is judged.
    if (before.aboutMemberIds.length > 0) allowOrThrow(decideAboutWholeFamily(access.relation, after.kind, after.aboutMemberIds, access.facts));
    const problems = [
      ...checkDraft(draft),
      ...(await this.checkReferences(access, draft, directory, row.content?.invitedInvolvementIds ?? [])),
      ...inviteeProblems(directory, access.facts, after),
    ];
    // A new assignee, or new members on an assigned item, must be able to read it without the assignee rule.
    if (input.assignee || input.aboutMemberIds) problems.push(...assigneeProblems(directory, access.facts, after, draft.assignee));
    if (problems.length > 0) throw badUserInput(problems);
    const next = row.kind === 'EVALUATION' && row.status !== 'HELD' && draft.status === 'HELD' ? draft.content.nextEvaluationOn : undefined;
    const planned = row.kind === 'EVALUATION' && draft.status === 'PLANNED';
    const newlyInvited = {
      involvementIds: planned ? (draft.content.invitedInvolvementIds ?? []).filter((id) => !(row.content?.invitedInvolvementIds ?? []).includes(id)) : [],
      memberIds: planned ? (draft.content.invitedMemberIds ?? []).filter((id) => !(row.content?.invitedMemberIds ?? []).includes(id)) : [],
      authorInvolvementId: row.author_involvement_id,
      withheld: row.withheld_from_family_reason !== null,
    };
    await this.change(caller, access, row, input.expectedVersion, 'UPDATE', {
      about_member_ids: draft.aboutMemberIds,
      content: draft.content,
      status: draft.status,
      due_on: draft.dueOn,
      assignee_involvement_id: partyColumns(draft.assignee).assigneeInvolvementId,
      assignee_member_id: partyColumns(draft.assignee).assigneeMemberId,
      assignee_network_member_id: partyColumns(draft.assignee).assigneeNetworkMemberId,
    }, async (manager) => {
      if (next) await this.planNextEvaluation(manager, caller, access, row, draft, next, directory);
      await this.evaluationPlanned(manager, caller, access, row.id, newlyInvited);
    });
    return this.output(caller, access, row.id);
  }

  /** Marks the item removed, with its reason; the item and its history stay. */
  async remove(caller: Caller, input: RemovePlanItemInput): Promise<string> {
    const { access, row } = await this.locate(caller, input.id);
    allowOrThrow(decideEdit(access.relation, access.grant, factsOfRow(row)));
    return this.change(caller, access, row, input.expectedVersion, 'REMOVE', {
      removed_at: new Date(),
      removed_reason: input.reason,
    });
  }

  async setAgreementStatus(caller: Caller, input: SetAgreementStatusInput): Promise<PlanItemOutput> {
    const { access, row } = await this.locate(caller, input.id);
    allowOrThrow(decideMarkDone(access.relation, access.grant, factsOfRow(row)));
    if (access.relation.type !== 'PROFESSIONAL' && input.status !== 'DONE') {
      throw refused('You can mark your own agreements as done; the regisseur records other changes.');
    }
    if (input.status === 'NOT_KEPT' && !input.reason?.trim()) {
      throw badUserInput([{ field: 'reason', message: 'give the reason it was not kept' }]);
    }
    const content: PlanItemContent = { ...(row.content ?? { text: '' }) };
    if (input.reason?.trim()) content.statusReason = input.reason.trim();
    await this.change(caller, access, row, input.expectedVersion, 'UPDATE', { status: input.status, content });
    return this.output(caller, access, row.id);
  }

  async respond(caller: Caller, input: RespondToPlanItemInput): Promise<PlanItemOutput> {
    const { access, row: target } = await this.locate(caller, input.targetItemId);
    allowOrThrow(decideRespond(access.relation, access.grant, factsOfRow(target)));
    const id = await this.write(caller, access, 'RESPOND', target.about_member_ids, async (manager) => {
      // A response shares its target's category and subjects, so it is as private as what it answers.
      const [{ id: created }] = await query(
        manager,
        ITEM_ID,
        `INSERT INTO plan_item (family_id, kind, category, about_member_ids, author_account_id, author_member_id,
           target_item_id, content, updated_by_account_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $5) RETURNING ${ITEM_ID.sql}`,
        [
          access.familyId,
          input.kind,
          target.category,
          target.about_member_ids,
          caller.viewer.accountId,
          access.relation.type === 'FAMILY_MEMBER' ? access.relation.memberId : null,
          target.id,
          { text: input.text.trim() },
        ],
      );
      if (access.relation.type === 'FAMILY_MEMBER') {
        await this.notifications.familyResponded(manager, {
          familyId: access.familyId,
          responseId: created,
          targetItemId: target.id,
          actorAccountId: caller.viewer.accountId,
        });
      }
      return created;
    });
    return this.output(caller, access, id);
  }

  async withholdFromFamily(caller: Caller, input: WithholdFromFamilyInput): Promise<PlanItemOutput> {
    const { access, row } = await this.locate(caller, input.id);
    allowOrThrow(decideCoordinate(access.relation));
    if (row.access !== 'FULL') throw refused('You cannot withhold information you may not read.');
    await this.change(caller, access, row, input.expectedVersion, 'UPDATE', {
      withheld_from_family_reason: input.reason?.trim() || null,
    });
    return this.output(caller, access, row.id);
  }

  /** The item and the caller's access to it; NOT_FOUND when it does not exist or is hidden from them. */
  private async locate(caller: Caller, itemId: string): Promise<Located> {
    const access = await this.families.forRecord(caller.viewer, 'planItem', itemId);
    if (!access) throw planItemNotFound();
    const [row] = await this.reader.current(access, { ids: [itemId] });
    if (!row) {
      this.families.refuse(access, 'planItem', 'NOT_FOUND', itemId);
      throw planItemNotFound();
    }
    return { access, row };
  }

  /**
   * A conditional update: it applies only to the version the caller saw, else
   * CONFLICT with the current one. A change to that version that changes
   * nothing writes nothing: no new version, no history line, no access-log line
   * and no notification; the caller gets the item as it is.
   */
  private async change(
    caller: Caller,
    access: FamilyAccess,
    row: PlanItemRow,
    expectedVersion: number,
    action: AccessAction,
    columns: Record<string, unknown>,
    /** More work in the same transaction, after the update applied. */
    alsoDo?: (manager: EntityManager) => Promise<void>,
  ): Promise<string> {
    const directory = await this.directories.load(access);
    return this.write(caller, access, action, row.about_member_ids, async (manager) => {
      const names = Object.keys(columns);
      const assignments = names.map((name, index) => `${name} = $${index + 4}`).join(', ');
      const differs = names.map((name, index) => `${name} IS DISTINCT FROM $${index + 4}`).join(' OR ');
      const updated = await updateReturning<{ id: string }>(
        manager,
        `UPDATE plan_item SET ${assignments}, version = version + 1, updated_at = now(), updated_by_account_id = $3
          WHERE id = $1 AND version = $2 AND removed_at IS NULL AND (${differs}) RETURNING id`,
        [row.id, expectedVersion, caller.viewer.accountId, ...Object.values(columns)],
      );
      if (updated.length === 0) {
        const [current] = await this.reader.current(access, { ids: [row.id] }, manager);
        if (!current) throw planItemNotFound();
        // The version the caller saw, and the change asks for what is there already.
        if (current.version === expectedVersion) return { unchanged: row.id };
        // The conflict carries the item's current content: a read like any other, logged after the rollback.
        this.accessLog.recordRead(caller, [
          { access, action: 'READ', itemId: row.id, memberIds: current.access === 'FULL' ? current.about_member_ids : [] },
        ]);
        throw staleVersion(toPlanItemOutput(directory, current, access.relation));
      }
      await alsoDo?.(manager);
      if ((AGREEMENT_KINDS as readonly string[]).includes(row.kind)) {
        await this.agreementNotifications.changed(manager, {
          familyId: access.familyId,
          itemId: row.id,
          actorAccountId: caller.viewer.accountId,
          assignedBefore: row.assignee_involvement_id,
          becameNotKept: columns['status'] === 'NOT_KEPT' && row.status !== 'NOT_KEPT',
        });
      }
      return row.id;
    });
  }

  /** One transaction: the change and its access-log line, or neither. */
  private async write(
    caller: Caller,
    access: FamilyAccess,
    action: AccessAction,
    memberIds: readonly string[],
    /** The item's id, or `{ unchanged }` when nothing was written (and so nothing is logged). */
    work: (manager: EntityManager) => Promise<string | { unchanged: string }>,
  ): Promise<string> {
    return this.caseData.change(access, async (manager) => {
      const written = await work(manager);
      if (typeof written !== 'string') return written.unchanged;
      await this.accessLog.record(caller, [{ access, action, itemId: written, memberIds }], manager);
      return written;
    });
  }

  /** The item as the caller now sees it, after a change. */
  private async output(caller: Caller, access: FamilyAccess, id: string): Promise<PlanItemOutput> {
    const [row] = await this.reader.current(access, { ids: [id] });
    if (!row) throw planItemNotFound();
    return toPlanItemOutput(await this.directories.load(access), row, access.relation);
  }

  /**
   * Holding an evaluation with a next date plans that one: same category, the
   * same people invited, so the cycle goes on without a second step.
   */
  private async planNextEvaluation(
    manager: EntityManager,
    caller: Caller,
    access: FamilyAccess,
    held: PlanItemRow,
    draft: ItemDraft,
    on: string,
    directory: FamilyDirectory,
  ): Promise<void> {
    // Only who is still involved on the next date is invited again.
    const invitedInvolvementIds = (draft.content.invitedInvolvementIds ?? []).filter((id) =>
      directory.involvements.some((i) => i.id === id && invitable(i, on)),
    );
    const invitedMemberIds = draft.content.invitedMemberIds ?? [];
    const content: PlanItemContent = { text: draft.content.text, invitedInvolvementIds, invitedMemberIds };
    const [{ id }] = await query(
      manager,
      ITEM_ID,
      `INSERT INTO plan_item (family_id, kind, category, about_member_ids, author_account_id,
         author_involvement_id, author_member_id, author_network_member_id, content, status, due_on, updated_by_account_id)
       VALUES ($1, 'EVALUATION', $2, $3, $4, $5, $6, $7, $8, 'PLANNED', $9, $4) RETURNING ${ITEM_ID.sql}`,
      [access.familyId, held.category, draft.aboutMemberIds, caller.viewer.accountId, ...authorColumns(access), content, on],
    );
    await this.accessLog.record(caller, [{ access, action: 'CREATE', itemId: id, memberIds: draft.aboutMemberIds }], manager);
    await this.evaluationPlanned(manager, caller, access, id, {
      involvementIds: invitedInvolvementIds,
      memberIds: invitedMemberIds,
      authorInvolvementId: involvementIdOf(access),
      withheld: false,
    });
  }

  /**
   * Tells whom an evaluation newly invites. Family members only when the family may see it:
   * not withheld from them, and not written by an involvement they are still to be told of.
   */
  private evaluationPlanned(
    manager: EntityManager,
    caller: Caller,
    access: FamilyAccess,
    itemId: string,
    invited: { involvementIds: readonly string[]; memberIds: readonly string[]; authorInvolvementId: string | null; withheld: boolean },
  ): Promise<void> {
    const undisclosed = !!invited.authorInvolvementId && undisclosedInvolvementIds(access.facts).includes(invited.authorInvolvementId);
    // A child under 12 has no portal of their own: their parents hear of it.
    const withPortal = invited.memberIds.filter((id) =>
      access.facts.members.some((m) => m.id === id && ageOn(m.dateOfBirth, access.facts.today) >= PORTAL_MINIMUM_AGE),
    );
    return this.evaluationNotifications.planned(manager, {
      familyId: access.familyId,
      itemId,
      actorAccountId: caller.viewer.accountId,
      invitedInvolvementIds: invited.involvementIds,
      invitedMemberIds: invited.withheld || undisclosed ? [] : withPortal,
    });
  }

  /**
   * Ids in the draft must belong to this family; goals must be goals. Whom an
   * evaluation newly invites must still be involved on its date; who was
   * invited before may stay on it, as a record of the invitation.
   */
  private async checkReferences(
    access: FamilyAccess,
    draft: ItemDraft,
    directory: FamilyDirectory,
    invitedBefore: readonly string[],
  ): Promise<FieldProblem[]> {
    const problems: FieldProblem[] = [];
    const memberIds = new Set(directory.members.map((m) => m.id));
    if (draft.aboutMemberIds.some((id) => !memberIds.has(id))) {
      problems.push({ field: 'aboutMemberIds', message: 'must be members of this family' });
    }
    const assignee = draft.assignee;
    if (assignee) {
      const known =
        assignee.type === 'INVOLVEMENT'
          ? directory.involvements.some((i) => i.id === assignee.id && i.endedAt === null)
          : assignee.type === 'FAMILY_MEMBER'
            ? memberIds.has(assignee.id)
            : directory.network.some((n) => n.id === assignee.id);
      if (!known) problems.push({ field: 'assignee', message: 'must be an active involvement, a member or the network of this family' });
    }
    if ((draft.content.invitedMemberIds ?? []).some((id) => !memberIds.has(id))) {
      problems.push({ field: 'invitedMemberIds', message: 'must be members of this family' });
    }
    const invited = (draft.content.invitedInvolvementIds ?? []).filter((id) => !invitedBefore.includes(id));
    const involvementOf = (id: string) => directory.involvements.find((i) => i.id === id);
    if (invited.some((id) => !involvementOf(id))) {
      problems.push({ field: 'invitedInvolvementIds', message: 'must be involvements in this family' });
    }
    const notInvolved = invited
      .map(involvementOf)
      .filter((i): i is DirectoryInvolvement => i !== undefined && !invitable(i, draft.dueOn));
    if (notInvolved.length > 0) {
      const names = notInvolved.map((i) => `${i.professionalName} (${i.organisationName})`).join(', ');
      problems.push({ field: 'invitedInvolvementIds', message: `no longer involved on the evaluation date: ${names}` });
    }
    const outcomeGoalIds = [...new Set((draft.content.goalOutcomes ?? []).map((o) => o.goalId))];
    if (outcomeGoalIds.length > 0) {
      const goals = await this.caseData.read(access,
        `SELECT id FROM plan_item WHERE id = ANY($1::uuid[]) AND family_id = $2 AND kind = 'GOAL' AND removed_at IS NULL`,
        [outcomeGoalIds, directory.familyId],
      );
      if (goals.length !== outcomeGoalIds.length) problems.push({ field: 'goalOutcomes', message: 'must be goals in this family’s plan' });
    }
    if (draft.content.goalId) {
      const [goal] = await this.caseData.read(access, 
        `SELECT 1 FROM plan_item WHERE id = $1 AND family_id = $2 AND kind = 'GOAL' AND removed_at IS NULL`,
        [draft.content.goalId, directory.familyId],
      );
      if (!goal) problems.push({ field: 'goalId', message: 'must be a goal in this family’s plan' });
    }
    return problems;
  }
}

/** Involved today, and still on the evaluation date (an involvement may end on a later day). */
function invitable(involvement: DirectoryInvolvement, on: string | null): boolean {
  return involvement.endedAt === null && (involvement.endsOn === null || on === null || involvement.endsOn >= on);
}

function authorColumns(access: FamilyAccess): [string | null, string | null, string | null] {
  const relation = access.relation;
  return [
    relation.type === 'PROFESSIONAL' ? relation.involvement.id : null,
    relation.type === 'FAMILY_MEMBER' ? relation.memberId : null,
    relation.type === 'NETWORK_MEMBER' ? relation.networkMemberId : null,
  ];
}

function authorParty(access: FamilyAccess): Party {
  const [involvementId, memberId, networkMemberId] = authorColumns(access);
  return { involvementId, memberId, networkMemberId };
}

function itemFactsOf(draft: ItemDraft, author: Party, withheldFromFamily: boolean): ItemFacts {
  return {
    kind: draft.kind,
    category: draft.category,
    aboutMemberIds: draft.aboutMemberIds,
    author,
    assignee: assigneeFacts(draft),
    withheldFromFamily,
    invitedMemberIds: draft.content.invitedMemberIds ?? [],
    invitedInvolvementIds: draft.content.invitedInvolvementIds ?? [],
  };
}

function assigneeFacts(draft: ItemDraft) {
  const columns = partyColumns(draft.assignee);
  return draft.assignee
    ? {
        involvementId: columns.assigneeInvolvementId,
        memberId: columns.assigneeMemberId,
        networkMemberId: columns.assigneeNetworkMemberId,
      }
    : null;
}

function draftOfRow(row: PlanItemRow): ItemDraft {
  return {
    kind: row.kind,
    category: row.category,
    aboutMemberIds: row.about_member_ids,
    assignee: partyOfRow(row),
    status: row.status,
    dueOn: row.due_on,
    content: row.content ?? { text: '' },
  };
}
