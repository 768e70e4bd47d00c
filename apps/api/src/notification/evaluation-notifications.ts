import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { NotificationRecorder } from './notification-recorder';

/** An evaluation planned: see docs/access-rules.md, "Notifications". */
@Injectable()
export class EvaluationNotifications {
  constructor(private readonly recorder: NotificationRecorder) {}

  /**
   * The professionals an evaluation invites are told it is planned; when
   * invitations are added to a planned one, only the newly invited.
   */
  async planned(manager: EntityManager, event: { familyId: string; itemId: string; actorAccountId: string; invitedInvolvementIds: readonly string[] }): Promise<void> {
    if (event.invitedInvolvementIds.length === 0) return;
    await this.recorder.recordQueried(
      manager,
      { kind: 'EVALUATION_PLANNED', familyId: event.familyId, planItemId: event.itemId, actorAccountId: event.actorAccountId },
      `SELECT account_id FROM involvement WHERE id = ANY($1::uuid[]) AND family_id = $2`,
      [event.invitedInvolvementIds, event.familyId],
    );
  }
}
