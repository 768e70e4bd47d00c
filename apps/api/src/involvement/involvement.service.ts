import { dutchToday, INFORMATION_CATEGORIES } from '@gezinsplan/domain';
import { Injectable } from '@nestjs/common';
import { AccessLogService } from '../access/access-log.service';
import { CaseData } from '../access/case-data';
import { FamilyAccessService } from '../access/family-access.service';
import { Caller } from '../auth/caller';
import { badUserInput, conflict } from '../common/errors/api-error';
import { updateReturning } from '../common/update-returning';
import { columns, query, returning } from '../database/typed-sql';
import { insertLegalBasis } from '../consent/legal-basis-record';
import { FamilyDirectoryService } from '../access/family-directory.service';
import { FamilyNotifications } from '../notification/family-notifications';
import { OrganisationOutput } from '../organisation/organisation.output';
import { EndInvolvementInput, InviteInvolvementInput } from './involvement.input';
import {
  involvementNotFound,
  regisseurMustHandOverFirst,
  staleInvolvement,
  unknownProfessional,
} from './involvement.exception';
import { InvitableProfessionalOutput } from './involvement.output';

const INVOLVEMENT_ID = returning('involvement', ['id']);
const INVOLVEMENT_VERSION = columns('involvement', 'i', ['version']);

/** Who works with the family. Only the regisseur invites, ends and hands over; history is never lost. */
@Injectable()
export class InvolvementService {
  constructor(
    private readonly caseData: CaseData,
    private readonly families: FamilyAccessService,
    private readonly directories: FamilyDirectoryService,
    private readonly accessLog: AccessLogService,
    private readonly notifications: FamilyNotifications,
  ) {}

  /** For the regisseur choosing whom to invite: organisations with at least one professional who can sign in. */
  async invitableOrganisations(caller: Caller, familyId: string): Promise<OrganisationOutput[]> {
    const access = await this.families.requireCoordinator(caller.viewer, familyId);
    return this.caseData.read(access, 
      `SELECT o.id, o.name, o.type FROM organisation o
        WHERE EXISTS (SELECT 1 FROM account a WHERE a.organisation_id = o.id AND a.kind = 'PROFESSIONAL' AND a.disabled_at IS NULL)
        ORDER BY o.name`,
    );
  }

  /** The professionals `invite` accepts, of one organisation: active professional accounts only. */
  async invitableProfessionals(caller: Caller, familyId: string, organisationId: string): Promise<InvitableProfessionalOutput[]> {
    const access = await this.families.requireCoordinator(caller.viewer, familyId);
    return this.caseData.read(access, 
      `SELECT id, display_name AS "displayName", discipline, email FROM account
        WHERE organisation_id = $1 AND kind = 'PROFESSIONAL' AND disabled_at IS NULL
        ORDER BY display_name`,
      [organisationId],
    );
  }

  async invite(caller: Caller, input: InviteInvolvementInput): Promise<string> {
    const access = await this.families.requireCoordinator(caller.viewer, input.familyId);
    const directory = await this.directories.load(access);
    const problems = [];
    if (input.memberIds.some((id) => !directory.members.some((m) => m.id === id))) {
      problems.push({ field: 'memberIds', message: 'must be members of this family' });
    }
    if (input.categories.some((c) => !INFORMATION_CATEGORIES.includes(c))) {
      problems.push({ field: 'categories', message: 'contains an unknown category' });
    }
    if (input.endsOn && input.endsOn < (input.startsOn ?? dutchToday())) {
      problems.push({ field: 'endsOn', message: 'lies before the start' });
    }
    if (problems.length > 0) throw badUserInput(problems);
    const [professional] = (await this.caseData.read(access, 
      `SELECT id, organisation_id FROM account WHERE email = $1 AND kind = 'PROFESSIONAL' AND disabled_at IS NULL`,
      [input.professionalEmail.trim()],
    )) as Array<{ id: string; organisation_id: string }>;
    if (!professional) throw unknownProfessional();
    if (directory.involvements.some((i) => i.accountId === professional.id && i.endedAt === null)) {
      throw conflict('This professional is already involved with the family.');
    }
    return this.caseData.change(access, async (manager) => {
      const [row] = await query(
        manager,
        INVOLVEMENT_ID,
        `INSERT INTO involvement (family_id, account_id, organisation_id, task, categories, member_ids, starts_on, ends_on,
           created_by_account_id)
         VALUES ($1, $2, $3, $4, $5, $6, coalesce($7::date, current_date), $8, $9) RETURNING ${INVOLVEMENT_ID.sql}`,
        [input.familyId, professional.id, professional.organisation_id, input.task.trim(), input.categories,
          input.memberIds, input.startsOn ?? null, input.endsOn ?? null, caller.viewer.accountId],
      );
      // Told afterwards: the legal basis is recorded with the involvement, so there is no moment in which the family sees it.
      const toldAfterwards = input.familyToldAfterwards;
      const basisId = toldAfterwards
        ? await insertLegalBasis(
            manager,
            {
              ...toldAfterwards,
              familyId: input.familyId,
              recipientInvolvementId: row.id,
              subjectMemberIds: input.memberIds,
              categories: input.categories,
              familyInformedAt: null,
            },
            caller.viewer.accountId,
          )
        : null;
      // The lines name the involvement and the legal basis, so the family's log leaves them out until it is told.
      await this.accessLog.record(
        caller,
        [
          { access, action: 'COORDINATE', list: 'involvements', itemId: row.id, memberIds: input.memberIds },
          ...(basisId ? [{ access, action: 'COORDINATE' as const, list: 'legal-basis', itemId: basisId, memberIds: input.memberIds }] : []),
        ],
        manager,
      );
      await this.notifications.joinedFamily(manager, {
        kind: 'INVITED',
        familyId: input.familyId,
        involvementId: row.id,
        actorAccountId: caller.viewer.accountId,
      });
      this.directories.forget(access);
      return row.id;
    });
  }

  /**
   * Ends the involvement at once (no date, or today), or from a later date on:
   * it keeps access up to and including the day before (its period's last day,
   * `ends_on`, which the access rules read). The involvement, its items and
   * history stay. A later date can be moved, also to today.
   */
  async end(caller: Caller, input: EndInvolvementInput): Promise<string> {
    const owner = await this.families.forRecord(caller.viewer, 'involvement', input.involvementId);
    if (!owner) throw involvementNotFound();
    const access = await this.families.requireCoordinator(caller.viewer, owner.familyId);
    const directory = await this.directories.load(access);
    if (directory.regisseurTerms.some((t) => t.endedAt === null && t.involvementId === input.involvementId)) {
      throw regisseurMustHandOverFirst();
    }
    const today = dutchToday();
    if (input.endsOn !== undefined && input.endsOn < today) {
      throw badUserInput([{ field: 'endsOn', message: 'lies in the past: choose today or a later day' }]);
    }
    const atOnce = input.endsOn === undefined || input.endsOn === today;
    return this.caseData.change(access, async (manager) => {
      // Only while it still gives access: not ended at once, and its last day not passed.
      const active = `id = $1 AND version = $2 AND ended_at IS NULL AND (ends_on IS NULL OR ends_on >= $4::date)`;
      const updated = await updateReturning(
        manager,
        atOnce
          ? `UPDATE involvement SET ended_at = now(), ended_reason = $3, version = version + 1 WHERE ${active} RETURNING id`
          : `UPDATE involvement SET ends_on = least(coalesce(ends_on, 'infinity'::date), $5::date - 1), ended_reason = $3,
               version = version + 1
              WHERE ${active} AND starts_on <= $5::date - 1 RETURNING id`,
        [input.involvementId, input.expectedVersion, input.reason.trim(), today, ...(atOnce ? [] : [input.endsOn])],
      );
      if (updated.length === 0) {
        const [current] = await query(
          manager,
          INVOLVEMENT_VERSION,
          `SELECT ${INVOLVEMENT_VERSION.sql} FROM involvement i WHERE i.id = $1`,
          [input.involvementId],
        );
        if (current.version === input.expectedVersion && !atOnce) {
          throw badUserInput([{ field: 'endsOn', message: 'lies before the involvement starts, or it has ended already' }]);
        }
        throw staleInvolvement(current.version);
      }
      if (atOnce) {
        // A signal that led to this involvement ends with it (domain.md section 6).
        await manager.query(
          `UPDATE signal SET ended_at = now(), ended_reason = 'INVOLVEMENT_ENDED'
            WHERE family_id = $1 AND ended_at IS NULL AND account_id = (SELECT account_id FROM involvement WHERE id = $2)`,
          [access.familyId, input.involvementId],
        );
        // A regisseur role proposed to this involvement can no longer be taken over.
        await manager.query(
          `UPDATE regisseur_handover SET outcome = 'WITHDRAWN', decided_at = now(), decided_by_account_id = $2
            WHERE to_involvement_id = $1 AND outcome IS NULL`,
          [input.involvementId, caller.viewer.accountId],
        );
      }
      await this.accessLog.record(caller, [{ access, action: 'COORDINATE', list: 'involvements', memberIds: [] }], manager);
      this.directories.forget(access);
      return input.involvementId;
    });
  }
}
