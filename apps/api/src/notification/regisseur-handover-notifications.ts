import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { NotificationRecorder } from './notification-recorder';

/**
 * A proposed regisseur handover (docs/access-rules.md, "Regisseur handover"):
 * the proposed professional is told of the proposal; the proposer of the
 * answer; the new regisseur "became regisseur" only when they accepted. Like
 * every notification: no content, the web renders the kind.
 */
@Injectable()
export class RegisseurHandoverNotifications {
  constructor(private readonly recorder: NotificationRecorder) {}

  /** To the professional of the proposed involvement. */
  async proposed(manager: EntityManager, event: { familyId: string; toInvolvementId: string; actorAccountId: string }): Promise<string[]> {
    return this.recorder.recordQueried(
      manager,
      { kind: 'REGISSEUR_PROPOSED', familyId: event.familyId, actorAccountId: event.actorAccountId },
      `SELECT account_id FROM involvement WHERE id = $1 AND family_id = $2 AND ended_at IS NULL`,
      [event.toInvolvementId, event.familyId],
    );
  }

  /**
   * Accepted: the proposer hears it, and the new regisseur gets "became
   * regisseur", as from the proposer who handed the role over (it is their act).
   */
  async accepted(manager: EntityManager, event: { familyId: string; proposerAccountId: string; newRegisseurAccountId: string }): Promise<void> {
    await this.recorder.record(
      manager,
      { kind: 'REGISSEUR_PROPOSAL_ACCEPTED', familyId: event.familyId, actorAccountId: event.newRegisseurAccountId },
      [event.proposerAccountId],
    );
    await this.recorder.record(
      manager,
      { kind: 'BECAME_REGISSEUR', familyId: event.familyId, actorAccountId: event.proposerAccountId },
      [event.newRegisseurAccountId],
    );
  }

  /** Declined: only the proposer, who stays regisseur. */
  async declined(manager: EntityManager, event: { familyId: string; proposerAccountId: string; actorAccountId: string }): Promise<void> {
    await this.recorder.record(
      manager,
      { kind: 'REGISSEUR_PROPOSAL_DECLINED', familyId: event.familyId, actorAccountId: event.actorAccountId },
      [event.proposerAccountId],
    );
  }
}
