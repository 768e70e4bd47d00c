import { decideClosure } from '@gezinsplan/access-policy';
import { Injectable } from '@nestjs/common';
import { AccessLogService } from '../access/access-log.service';
import { CaseData } from '../access/case-data';
import { ExistingPlanService } from '../access/existing-plan.service';
import { FamilyAccess, involvementIdOf, isRegisseur } from '../access/family-access';
import { FamilyAccessService } from '../access/family-access.service';
import { FamilyDirectoryService } from '../access/family-directory.service';
import { Caller } from '../auth/caller';
import { conflict, forbidden } from '../common/errors/api-error';
import { updateReturning } from '../common/update-returning';
import { FamilyOutput } from '../family/family.output';
import { ClosePlanInput, ReopenPlanInput } from './plan-closure.input';
import { PlanClosureEventOutput } from './plan-closure.output';

/**
 * Scaling down: the regisseur closes the plan (read-only for everyone from then
 * on, `CaseData.change` refuses every change) and can reopen it. The state is
 * `family.closed_at`; each closing and reopening is kept in `plan_closure`.
 */
@Injectable()
export class PlanClosureService {
  constructor(
    private readonly caseData: CaseData,
    private readonly families: FamilyAccessService,
    private readonly directories: FamilyDirectoryService,
    private readonly accessLog: AccessLogService,
    private readonly existingPlans: ExistingPlanService,
  ) {}

  async close(caller: Caller, input: ClosePlanInput): Promise<FamilyOutput> {
    const access = await this.families.require(caller.viewer, input.familyId);
    await this.caseData.changeClosure(access, async (manager, state) => {
      const decision = decideClosure(access.relation, state, 'CLOSE');
      if (!decision.allowed) throw this.refusal(access, decision.reason);
      await updateReturning(manager, `UPDATE family SET closed_at = now() WHERE id = $1 RETURNING id`, [access.familyId]);
      await manager.query(
        `INSERT INTO plan_closure (family_id, action, reason, explanation, final_evaluation, by_account_id, by_involvement_id)
         VALUES ($1, 'CLOSED', $2, $3, $4, $5, $6)`,
        [access.familyId, input.closingReason, input.explanation.trim(), input.finalEvaluation.trim(), caller.viewer.accountId,
          involvementIdOf(access)],
      );
      await this.accessLog.record(caller, [{ access, action: 'COORDINATE', list: 'plan-closure', memberIds: [] }], manager);
    });
    return this.family(access);
  }

  async reopen(caller: Caller, input: ReopenPlanInput): Promise<FamilyOutput> {
    const access = await this.families.require(caller.viewer, input.familyId);
    await this.caseData.changeClosure(access, async (manager, state) => {
      const decision = decideClosure(access.relation, state, 'REOPEN');
      if (!decision.allowed) throw this.refusal(access, decision.reason);
      await this.existingPlans.refuseReopening(access.familyId, manager);
      await updateReturning(manager, `UPDATE family SET closed_at = NULL WHERE id = $1 RETURNING id`, [access.familyId]);
      await manager.query(
        `INSERT INTO plan_closure (family_id, action, explanation, by_account_id, by_involvement_id)
         VALUES ($1, 'REOPENED', $2, $3, $4)`,
        [access.familyId, input.explanation.trim(), caller.viewer.accountId, involvementIdOf(access)],
      );
      await this.accessLog.record(caller, [{ access, action: 'COORDINATE', list: 'plan-closure', memberIds: [] }], manager);
    });
    return this.family(access);
  }

  /** Every closing and reopening, oldest first: everyone who reads the family reads why its plan closed. */
  async history(caller: Caller, familyId: string): Promise<PlanClosureEventOutput[]> {
    const access = await this.families.require(caller.viewer, familyId);
    const events = await this.caseData.read<PlanClosureEventOutput>(
      access,
      `SELECT c.id, c.action, c.reason AS "closingReason", c.explanation, c.final_evaluation AS "finalEvaluation", c.at,
              a.display_name AS "byName"
         FROM plan_closure c JOIN account a ON a.id = c.by_account_id
        WHERE c.family_id = $1 ORDER BY c.at, c.id`,
      [familyId],
    );
    if (events.length > 0) this.accessLog.recordRead(caller, [{ access, action: 'READ', list: 'plan-closure', memberIds: [] }]);
    return events;
  }

  /** Not the regisseur: FORBIDDEN, logged; the regisseur in the wrong state: CONFLICT (someone may have done it meanwhile). */
  private refusal(access: FamilyAccess, reason: string): Error {
    if (isRegisseur(access)) return conflict(reason);
    this.families.refuse(access, 'plan-closure');
    return forbidden(reason);
  }

  private async family(access: FamilyAccess): Promise<FamilyOutput> {
    this.directories.forget(access);
    const directory = await this.directories.load(access);
    return { id: access.familyId, name: directory.name, lastPlanChangeAt: directory.lastPlanChangeAt, closedAt: directory.closedAt };
  }
}
