import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { NotificationRecorder, regisseurOf } from './notification-recorder';

/** Whoever carries the agreement `item` (an SQL expression): a professional, a family member or someone of the network. */
export const carrierOf = (item: string) => `
  SELECT i.account_id FROM plan_item p JOIN involvement i ON i.id = p.assignee_involvement_id WHERE p.id = ${item}
  UNION SELECT m.account_id FROM plan_item p JOIN family_member m ON m.id = p.assignee_member_id WHERE p.id = ${item}
  UNION SELECT n.account_id FROM plan_item p JOIN network_member n ON n.id = p.assignee_network_member_id WHERE p.id = ${item}`;

export const AGREEMENT_KINDS = ['AGREEMENT', 'SAFETY_AGREEMENT'] as const;

/** Agreements changed or not kept (overdue: agreement-overdue.job.ts): see docs/access-rules.md, "Notifications". */
@Injectable()
export class AgreementNotifications {
  constructor(private readonly recorder: NotificationRecorder) {}

  /**
   * Someone changed (or removed) an agreement: its author and its assignee
   * professional are told, the one it was assigned to before a reassignment
   * too. When the change records it as not kept, its carrier and the regisseur
   * are told that instead; nobody is told twice of one change.
   */
  async changed(
    manager: EntityManager,
    event: { familyId: string; itemId: string; actorAccountId: string; assignedBefore: string | null; becameNotKept: boolean },
  ): Promise<void> {
    const base = { familyId: event.familyId, planItemId: event.itemId, actorAccountId: event.actorAccountId };
    const toldNotKept = event.becameNotKept
      ? await this.recorder.recordQueried(manager, { ...base, kind: 'AGREEMENT_NOT_KEPT' }, `${carrierOf('$1::uuid')} UNION ${regisseurOf('$2::uuid')}`, [
          event.itemId,
          event.familyId,
        ])
      : [];
    const concerned = (await manager.query(
      `SELECT p.author_account_id AS account_id FROM plan_item p WHERE p.id = $1
       UNION SELECT i.account_id FROM involvement i
              WHERE i.id = $2 OR i.id = (SELECT assignee_involvement_id FROM plan_item WHERE id = $1)`,
      [event.itemId, event.assignedBefore],
    )) as Array<{ account_id: string }>;
    const rest = concerned.map((c) => c.account_id).filter((id) => !toldNotKept.includes(id));
    await this.recorder.record(manager, { ...base, kind: 'AGREEMENT_CHANGED' }, rest);
  }
}
