import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { NotificationRecorder } from './notification-recorder';

export type HandoverOutcome = 'ACCEPTED' | 'DECLINED' | 'WITHDRAWN';

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

  /**
   * The proposed professional's "give your answer" is settled once the proposal
   * is: read when they answered it themselves, unread again with the outcome
   * when the proposer withdrew it, so that nobody is left asked to agree to
   * what no longer stands. One open proposal per family at a time, so every
   * unsettled proposal notification of that family and account is this one's.
   */
  async settle(manager: EntityManager, event: { handoverId: string; outcome: HandoverOutcome }): Promise<void> {
    await manager.query(
      `UPDATE notification n
          SET params = n.params || jsonb_build_object('settled', $2::text),
              read_at = CASE WHEN $2 = 'WITHDRAWN' THEN NULL ELSE coalesce(n.read_at, now()) END
         FROM regisseur_handover h JOIN involvement i ON i.id = h.to_involvement_id
        WHERE h.id = $1 AND n.family_id = h.family_id AND n.account_id = i.account_id
          AND n.kind = 'REGISSEUR_PROPOSED' AND NOT n.params ? 'settled'`,
      [event.handoverId, event.outcome],
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
