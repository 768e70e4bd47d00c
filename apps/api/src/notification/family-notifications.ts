import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { NotificationQueue } from './notification-queue';

/** Whom an event concerns, before the access rule and the actor are taken out. */
interface Recipient {
  accountId: string;
  email: 'IMMEDIATELY' | 'DAILY' | 'OFF';
}

/**
 * Records notifications in the transaction of the event that causes them, and
 * queues the e-mail of each recipient who wants it at once. Who is told follows
 * the access rules (docs/access-rules.md, "Notifications"): only someone with an
 * active involvement in the family today, never the person who acted.
 */
@Injectable()
export class FamilyNotifications {
  constructor(private readonly queue: NotificationQueue) {}

  /**
   * A family member commented on an item or recorded their own view next to it:
   * the item's author (when a professional whose involvement is active) and the regisseur.
   */
  async familyResponded(manager: EntityManager, event: { familyId: string; responseId: string; targetItemId: string; actorAccountId: string }): Promise<void> {
    const recipients = (await manager.query(
      `WITH family_now AS (SELECT id, name FROM family WHERE id = $1),
            active AS (
              SELECT i.id, i.account_id FROM involvement i
               WHERE i.family_id = $1 AND i.ended_at IS NULL AND i.starts_on <= current_date
                 AND (i.ends_on IS NULL OR i.ends_on >= current_date)),
            concerned AS (
              SELECT a.account_id FROM plan_item t JOIN active a ON a.id = t.author_involvement_id WHERE t.id = $2
              UNION
              SELECT a.account_id FROM regisseur_assignment r JOIN active a ON a.id = r.involvement_id
               WHERE r.family_id = $1 AND r.ended_at IS NULL)
       SELECT c.account_id AS "accountId", coalesce(p.email, 'IMMEDIATELY') AS email
         FROM concerned c JOIN account acc ON acc.id = c.account_id AND acc.disabled_at IS NULL
         LEFT JOIN notification_preference p ON p.account_id = c.account_id
        WHERE c.account_id <> $3`,
      [event.familyId, event.targetItemId, event.actorAccountId],
    )) as Recipient[];
    await this.record(manager, recipients, {
      kind: 'FAMILY_RESPONDED',
      familyId: event.familyId,
      planItemId: event.responseId,
      message: `'Het gezin heeft gereageerd in het plan van ' || f.name`,
    });
  }

  /**
   * The professional of an involvement was invited to the family, or became its
   * regisseur (by a handover). Told only when someone else did it; the family's
   * name is in the message only once the involvement gives access (its start
   * may lie ahead), otherwise only that an invitation waits.
   */
  async joinedFamily(
    manager: EntityManager,
    event: { kind: 'INVITED' | 'BECAME_REGISSEUR'; familyId: string; involvementId: string; actorAccountId: string },
  ): Promise<void> {
    const [recipient] = (await manager.query(
      `SELECT i.account_id AS "accountId", coalesce(p.email, 'IMMEDIATELY') AS email, i.starts_on <= current_date AS "startsToday"
         FROM involvement i JOIN account acc ON acc.id = i.account_id AND acc.disabled_at IS NULL
         LEFT JOIN notification_preference p ON p.account_id = i.account_id
        WHERE i.id = $1 AND i.family_id = $2 AND i.ended_at IS NULL AND i.account_id <> $3`,
      [event.involvementId, event.familyId, event.actorAccountId],
    )) as Array<Recipient & { startsToday: boolean }>;
    if (!recipient) return;
    const message =
      event.kind === 'BECAME_REGISSEUR'
        ? `'U bent nu de regisseur van het plan van ' || f.name`
        : recipient.startsToday
          ? `'U bent uitgenodigd om mee te werken aan het plan van ' || f.name`
          : `'U bent uitgenodigd om mee te werken aan een gezinsplan. U ziet het gezin vanaf de startdatum van uw taak.'`;
    await this.record(manager, [recipient], { kind: event.kind, familyId: event.familyId, planItemId: null, message });
  }

  /** `message` is an SQL expression over the family `f`, so the name is read in the same transaction. */
  private async record(
    manager: EntityManager,
    recipients: Recipient[],
    what: { kind: string; familyId: string; planItemId: string | null; message: string },
  ): Promise<void> {
    for (const recipient of recipients) {
      const [{ id }] = (await manager.query(
        `INSERT INTO notification (account_id, kind, family_id, plan_item_id, message)
         SELECT $1, $2, f.id, $4, ${what.message} FROM family f WHERE f.id = $3
         RETURNING id`,
        [recipient.accountId, what.kind, what.familyId, what.planItemId],
      )) as Array<{ id: string }>;
      if (recipient.email === 'IMMEDIATELY') await this.queue.enqueue(manager, { notificationId: id });
    }
  }
}
