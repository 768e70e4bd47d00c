import { decideAnswerHandover, decideCoordinate, decideReadHandover } from '@gezinsplan/access-policy';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AccessLogService } from '../access/access-log.service';
import { CaseData } from '../access/case-data';
import { FamilyAccess, involvementIdOf } from '../access/family-access';
import { FamilyAccessService } from '../access/family-access.service';
import { FamilyDirectoryService } from '../access/family-directory.service';
import { Caller } from '../auth/caller';
import { badUserInput, conflict } from '../common/errors/api-error';
import { updateReturning } from '../common/update-returning';
import { HandoverOutcome, RegisseurHandoverNotifications } from '../notification/regisseur-handover-notifications';
import { HandOverRegisseurInput } from './involvement.input';
import { DeclineRegisseurHandoverInput } from './regisseur-handover.input';
import { handoverAlreadyProposed, handoverAnsweredMeanwhile, handoverProposalNotFound } from './regisseur-handover.exception';
import { RegisseurHandoverProposalOutput } from './regisseur-handover.output';

interface ProposalRow extends RegisseurHandoverProposalOutput {
  proposedByAccountId: string;
  toAccountId: string;
}

const OPEN_PROPOSALS = `
  SELECT h.id, h.family_id AS "familyId", f.name AS "familyName", h.to_involvement_id AS "toInvolvementId",
         ta.display_name AS "toProfessionalName", pa.display_name AS "proposedByName", h.note, h.proposed_at AS "proposedAt",
         h.proposed_by_account_id AS "proposedByAccountId", ti.account_id AS "toAccountId"
    FROM regisseur_handover h
    JOIN family f ON f.id = h.family_id
    JOIN involvement ti ON ti.id = h.to_involvement_id
    JOIN account ta ON ta.id = ti.account_id
    JOIN account pa ON pa.id = h.proposed_by_account_id
   WHERE h.outcome IS NULL`;

const toOutput = ({ proposedByAccountId: _proposer, toAccountId: _to, ...proposal }: ProposalRow): RegisseurHandoverProposalOutput => proposal;

/** A unique violation of the one-open-proposal index: two regisseur acts raced (the family lock makes it rare). */
function isSecondOpenProposal(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'constraint' in error && error.constraint === 'regisseur_handover_one_open_per_family';
}

/**
 * Handing the regisseur role over is a proposal (issue 12, item 5): until the
 * proposed professional accepts, the current regisseur keeps the role with all
 * its rights and duties, and the proposed professional keeps only what their
 * own involvement gives. Accepting moves the role in one transaction, with the
 * note in the regisseur history, as a direct handover did before.
 */
@Injectable()
export class RegisseurHandoverService {
  constructor(
    private readonly caseData: CaseData,
    private readonly families: FamilyAccessService,
    private readonly directories: FamilyDirectoryService,
    private readonly accessLog: AccessLogService,
    private readonly notifications: RegisseurHandoverNotifications,
  ) {}

  /** The regisseur proposes another active involvement as regisseur, with a note. Returns the proposal's id. */
  async propose(caller: Caller, input: HandOverRegisseurInput): Promise<string> {
    const access = await this.families.requireCoordinator(caller.viewer, input.familyId);
    const directory = await this.directories.load(access);
    const next = directory.involvements.find((i) => i.id === input.toInvolvementId && i.endedAt === null);
    if (!next) {
      throw badUserInput([{ field: 'toInvolvementId', message: 'must be an active involvement with this family' }]);
    }
    if (involvementIdOf(access) === next.id) {
      throw badUserInput([{ field: 'toInvolvementId', message: 'you are already the regisseur' }]);
    }
    return this.caseData.change(access, async (manager) => {
      const id = await this.insertProposal(manager, {
        familyId: access.familyId,
        toInvolvementId: next.id,
        note: input.note.trim(),
        proposerAccountId: caller.viewer.accountId,
      });
      await this.accessLog.record(caller, [{ access, action: 'COORDINATE', list: 'regisseur-handover', itemId: id, memberIds: [] }], manager);
      return id;
    });
  }

  /**
   * A proposal and its notification, in the caller's transaction: also for a
   * plan started from a match with another professional proposed as regisseur.
   */
  async insertProposal(
    manager: EntityManager,
    proposal: { familyId: string; toInvolvementId: string; note: string | null; proposerAccountId: string },
  ): Promise<string> {
    const [open] = (await manager.query(`${OPEN_PROPOSALS} AND h.family_id = $1`, [proposal.familyId])) as ProposalRow[];
    if (open) throw handoverAlreadyProposed(open.toProfessionalName);
    let rows: Array<{ id: string }>;
    try {
      rows = (await manager.query(
        `INSERT INTO regisseur_handover (family_id, to_involvement_id, note, proposed_by_account_id) VALUES ($1, $2, $3, $4) RETURNING id`,
        [proposal.familyId, proposal.toInvolvementId, proposal.note, proposal.proposerAccountId],
      )) as Array<{ id: string }>;
    } catch (error) {
      if (isSecondOpenProposal(error)) throw conflict('The regisseur role is already proposed to someone: withdraw that proposal first.');
      throw error;
    }
    await this.notifications.proposed(manager, {
      familyId: proposal.familyId,
      toInvolvementId: proposal.toInvolvementId,
      actorAccountId: proposal.proposerAccountId,
    });
    return rows[0].id;
  }

  /** The proposed professional takes the role over: the old term ends, theirs starts with the note. Returns the family's id. */
  async accept(caller: Caller, proposalId: string): Promise<string> {
    const { access, proposal } = await this.proposedToCaller(caller, proposalId);
    return this.caseData.change(access, async (manager) => {
      await this.close(manager, caller, proposal.id, 'ACCEPTED', null);
      const ended = await updateReturning(
        manager,
        `UPDATE regisseur_assignment SET ended_at = now() WHERE family_id = $1 AND ended_at IS NULL RETURNING id`,
        [access.familyId],
      );
      if (ended.length === 0) throw conflict('The family has no regisseur to take over from; ask the proposer.');
      await manager.query(
        `INSERT INTO regisseur_assignment (family_id, involvement_id, handover_note, assigned_by_account_id) VALUES ($1, $2, $3, $4)`,
        [access.familyId, proposal.toInvolvementId, proposal.note, proposal.proposedByAccountId],
      );
      await this.accessLog.record(caller, [{ access, action: 'COORDINATE', list: 'regisseur', memberIds: [] }], manager);
      await this.notifications.accepted(manager, {
        familyId: access.familyId,
        proposerAccountId: proposal.proposedByAccountId,
        newRegisseurAccountId: caller.viewer.accountId,
      });
      this.directories.forget(access);
      return access.familyId;
    });
  }

  /** The proposed professional declines: nothing changes but the proposal, and the proposer is told. */
  async decline(caller: Caller, input: DeclineRegisseurHandoverInput): Promise<string> {
    const { access, proposal } = await this.proposedToCaller(caller, input.proposalId);
    return this.caseData.change(access, async (manager) => {
      await this.close(manager, caller, proposal.id, 'DECLINED', input.reason?.trim() || null);
      await this.accessLog.record(caller, [{ access, action: 'COORDINATE', list: 'regisseur-handover', itemId: proposal.id, memberIds: [] }], manager);
      await this.notifications.declined(manager, {
        familyId: access.familyId,
        proposerAccountId: proposal.proposedByAccountId,
        actorAccountId: caller.viewer.accountId,
      });
      return access.familyId;
    });
  }

  /** The regisseur withdraws the open proposal. */
  async withdraw(caller: Caller, proposalId: string): Promise<string> {
    const access = await this.families.forRecord(caller.viewer, 'regisseurHandover', proposalId);
    if (!access || !decideCoordinate(access.relation).allowed) {
      if (access) this.families.refuse(access, 'regisseur-handover', 'NOT_FOUND', proposalId);
      throw handoverProposalNotFound();
    }
    return this.caseData.change(access, async (manager) => {
      await this.close(manager, caller, proposalId, 'WITHDRAWN', null);
      await this.accessLog.record(caller, [{ access, action: 'COORDINATE', list: 'regisseur-handover', itemId: proposalId, memberIds: [] }], manager);
      return access.familyId;
    });
  }

  /** The family's open proposal, for the regisseur and the proposed professional only; null for anyone else. */
  async openOf(caller: Caller, familyId: string): Promise<RegisseurHandoverProposalOutput | null> {
    const access = await this.families.require(caller.viewer, familyId);
    const [proposal] = await this.caseData.read<ProposalRow>(access, `${OPEN_PROPOSALS} AND h.family_id = $1`, [familyId]);
    if (!proposal || !decideReadHandover(access.relation, proposal.toInvolvementId).allowed) return null;
    this.accessLog.recordRead(caller, [{ access, action: 'READ', list: 'regisseur-handover', itemId: proposal.id, memberIds: [] }]);
    return toOutput(proposal);
  }

  /** The proposals waiting for the signed-in professional's answer, over all their families. */
  async waitingForMe(caller: Caller): Promise<RegisseurHandoverProposalOutput[]> {
    const accesses = (await this.families.forAllFamilies(caller.viewer)).filter((a) => involvementIdOf(a) !== null);
    if (accesses.length === 0) return [];
    const proposals = await this.caseData.read<ProposalRow>(
      accesses,
      `${OPEN_PROPOSALS} AND h.to_involvement_id = ANY($1::uuid[]) ORDER BY h.proposed_at`,
      [accesses.map(involvementIdOf)],
    );
    const byFamily = new Map(accesses.map((a) => [a.familyId, a]));
    const events = proposals.flatMap((p) => {
      const access = byFamily.get(p.familyId);
      return access ? [{ access, action: 'READ' as const, list: 'regisseur-handover', itemId: p.id, memberIds: [] }] : [];
    });
    this.accessLog.recordRead(caller, events);
    return proposals.map(toOutput);
  }

  /** The open proposal made to the caller's own involvement; anything else is NOT_FOUND, as if it did not exist. */
  private async proposedToCaller(caller: Caller, proposalId: string): Promise<{ access: FamilyAccess; proposal: ProposalRow }> {
    const access = await this.families.forRecord(caller.viewer, 'regisseurHandover', proposalId);
    if (!access) throw handoverProposalNotFound();
    const [proposal] = await this.caseData.read<ProposalRow>(access, `${OPEN_PROPOSALS} AND h.id = $1`, [proposalId]);
    if (!proposal || !decideAnswerHandover(access.relation, proposal.toInvolvementId).allowed) {
      this.families.refuse(access, 'regisseur-handover', 'NOT_FOUND', proposalId);
      throw handoverProposalNotFound();
    }
    return { access, proposal };
  }

  private async close(
    manager: EntityManager,
    caller: Caller,
    proposalId: string,
    outcome: HandoverOutcome,
    reason: string | null,
  ): Promise<void> {
    const closed = await updateReturning(
      manager,
      `UPDATE regisseur_handover SET outcome = $2, decided_at = now(), decided_by_account_id = $3, decline_reason = $4
        WHERE id = $1 AND outcome IS NULL RETURNING id`,
      [proposalId, outcome, caller.viewer.accountId, reason],
    );
    if (closed.length === 0) throw handoverAnsweredMeanwhile();
    await this.notifications.settle(manager, { handoverId: proposalId, outcome });
  }
}
