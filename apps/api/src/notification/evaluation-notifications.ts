import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { NotificationRecorder } from './notification-recorder';

/** An evaluation planned: see docs/access-rules.md, "Notifications". */
@Injectable()
export class EvaluationNotifications {
  constructor(private readonly recorder: NotificationRecorder) {}

  /**
   * The professionals and family members an evaluation invites are told it is
   * planned; when invitations are added to a planned one, only the newly
   * invited. The caller passes only members who may see it (not withheld from
   * the family); the recorder tells only those related today (a child under 12 has no portal).
   */
  async planned(
    manager: EntityManager,
    event: { familyId: string; itemId: string; actorAccountId: string; invitedInvolvementIds: readonly string[]; invitedMemberIds: readonly string[] },
  ): Promise<void> {
    if (event.invitedInvolvementIds.length === 0 && event.invitedMemberIds.length === 0) return;
    await this.recorder.recordQueried(
      manager,
      { kind: 'EVALUATION_PLANNED', familyId: event.familyId, planItemId: event.itemId, actorAccountId: event.actorAccountId },
      `SELECT account_id FROM involvement WHERE id = ANY($1::uuid[]) AND family_id = $2
       UNION SELECT account_id FROM family_member WHERE id = ANY($3::uuid[]) AND family_id = $2 AND account_id IS NOT NULL`,
      [event.invitedInvolvementIds, event.familyId, event.invitedMemberIds],
    );
  }
}
