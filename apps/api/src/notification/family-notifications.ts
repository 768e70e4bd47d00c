import { dutchToday } from '@gezinsplan/domain';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { NotificationRecorder, regisseurOf } from './notification-recorder';

/** What the family did, and who joined it: see docs/access-rules.md, "Notifications". */
@Injectable()
export class FamilyNotifications {
  constructor(private readonly recorder: NotificationRecorder) {}

  /**
   * A family member commented on an item or recorded their own view next to it:
   * the item's author (when a professional whose involvement is active) and the regisseur.
   */
  async familyResponded(manager: EntityManager, event: { familyId: string; responseId: string; targetItemId: string; actorAccountId: string }): Promise<void> {
    await this.recorder.recordQueried(
      manager,
      { kind: 'FAMILY_RESPONDED', familyId: event.familyId, planItemId: event.responseId, actorAccountId: event.actorAccountId },
      `SELECT i.account_id FROM plan_item t JOIN involvement i ON i.id = t.author_involvement_id WHERE t.id = $2
       UNION ${regisseurOf('$1::uuid')}`,
      [event.familyId, event.targetItemId],
    );
  }

  /**
   * The professional of an involvement was invited to the family, or became its
   * regisseur (by a handover). Told only when someone else did it. An
   * invitation that starts later is told at once, but names the family only
   * from its start (the web renders it without the name until then).
   */
  async joinedFamily(
    manager: EntityManager,
    event: { kind: 'INVITED' | 'BECAME_REGISSEUR'; familyId: string; involvementId: string; actorAccountId: string },
  ): Promise<void> {
    const [involvement] = (await manager.query(
      `SELECT account_id, starts_on::text AS "startsOn", starts_on > $3::date AS "startsLater"
         FROM involvement WHERE id = $1 AND family_id = $2 AND ended_at IS NULL`,
      [event.involvementId, event.familyId, dutchToday()],
    )) as Array<{ account_id: string; startsOn: string; startsLater: boolean }>;
    if (!involvement) return;
    await this.recorder.record(
      manager,
      {
        kind: event.kind,
        familyId: event.familyId,
        actorAccountId: event.actorAccountId,
        params: involvement.startsLater ? { familyHiddenUntil: involvement.startsOn } : {},
        onlyRelatedToday: event.kind !== 'INVITED',
      },
      [involvement.account_id],
    );
  }
}
