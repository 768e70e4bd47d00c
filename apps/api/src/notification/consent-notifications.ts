import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { NotificationRecorder } from './notification-recorder';

/** A consent withdrawn: see docs/access-rules.md, "Notifications". */
@Injectable()
export class ConsentNotifications {
  constructor(private readonly recorder: NotificationRecorder) {}

  /**
   * The professionals whose access rested on a consent that counted until now
   * are told it was withdrawn: the involvements an exchange consent named, or
   * every involvement of the family for the sharing of the agreed plan. A
   * consent that lets the family read about a young person concerns no
   * professional.
   */
  async withdrawn(manager: EntityManager, event: { familyId: string; consentId: string; actorAccountId: string }): Promise<void> {
    await this.recorder.recordQueried(
      manager,
      { kind: 'CONSENT_WITHDRAWN', familyId: event.familyId, actorAccountId: event.actorAccountId },
      `SELECT i.account_id FROM consent c JOIN involvement i ON i.family_id = c.family_id
        WHERE c.id = $1 AND c.family_id = $2
          AND ((c.purpose = 'PLAN_EXCHANGE' AND i.id = ANY(c.recipient_involvement_ids)) OR c.purpose = 'SHARE_AGREED_PLAN')`,
      [event.consentId, event.familyId],
    );
  }
}
