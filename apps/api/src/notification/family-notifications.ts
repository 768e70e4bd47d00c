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
    for (const recipient of recipients) {
      const [{ id }] = (await manager.query(
        `INSERT INTO notification (account_id, kind, family_id, plan_item_id, message)
         SELECT $1, 'FAMILY_RESPONDED', f.id, $3, 'Het gezin heeft gereageerd in het plan van ' || f.name FROM family f WHERE f.id = $2
         RETURNING id`,
        [recipient.accountId, event.familyId, event.responseId],
      )) as Array<{ id: string }>;
      if (recipient.email === 'IMMEDIATELY') await this.queue.enqueue(manager, { notificationId: id });
    }
  }
}
