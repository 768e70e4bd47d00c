import { dutchToday } from '@gezinsplan/domain';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { accountsRelatedOn } from '../access/related-accounts';
import { NotificationQueue } from './notification-queue';

export type FamilyNotificationKind =
  | 'FAMILY_RESPONDED'
  | 'INVITED'
  | 'BECAME_REGISSEUR'
  | 'AGREEMENT_CHANGED'
  | 'AGREEMENT_NOT_KEPT'
  | 'AGREEMENT_OVERDUE'
  | 'EVALUATION_PLANNED'
  | 'CONSENT_WITHDRAWN'
  | 'REGISSEUR_PROPOSED'
  | 'REGISSEUR_PROPOSAL_ACCEPTED'
  | 'REGISSEUR_PROPOSAL_DECLINED';

/**
 * Parameters the web's message files render a notification with. Besides
 * these, the family's name as it was when the event happened (the recipient
 * may see it then), read in the event's transaction.
 */
export interface NotificationParams {
  /** The family is not named before this day (an invitation whose involvement starts later). */
  familyHiddenUntil?: string;
  /** The due date an overdue notice is about: the notice is sent once per agreement and date. */
  dueOn?: string;
}

export interface FamilyEvent {
  kind: FamilyNotificationKind;
  familyId: string;
  planItemId?: string | null;
  params?: NotificationParams;
  /** Never told of their own act; null for what the clock did. */
  actorAccountId: string | null;
  /**
   * Whether a recipient must relate to the family today (the default). Only an
   * invitation reaches someone whose involvement starts later.
   */
  onlyRelatedToday?: boolean;
}

/** The current regisseur's account of the family `family` (an SQL expression). */
export const regisseurOf = (family: string) => `
  SELECT i.account_id FROM regisseur_assignment r JOIN involvement i ON i.id = r.involvement_id
   WHERE r.family_id = ${family} AND r.ended_at IS NULL`;

/**
 * Records notifications in the transaction of the event that causes them, and
 * queues the e-mail of each recipient who wants it at once. Whoever an event
 * concerns, only a person the access module relates to the family today is
 * told, whose account is not disabled, and never the person who acted
 * (docs/access-rules.md, "Notifications"). A notification stores its kind and
 * parameters; the web renders the text from its message files.
 */
@Injectable()
export class NotificationRecorder {
  constructor(private readonly queue: NotificationQueue) {}

  /** Returns the accounts told. */
  async record(manager: EntityManager, event: FamilyEvent, accountIds: readonly string[]): Promise<string[]> {
    if (accountIds.length === 0) return [];
    const relatedToday = event.onlyRelatedToday !== false;
    const related = relatedToday ? `AND c.account_id IN (${accountsRelatedOn('$3::uuid', '$7')})` : '';
    const parameters = [accountIds, event.kind, event.familyId, event.planItemId ?? null, event.params ?? {}, event.actorAccountId];
    const told = (await manager.query(
      `WITH told AS (
         INSERT INTO notification (account_id, kind, family_id, plan_item_id, params)
         SELECT DISTINCT c.account_id, $2, f.id, $4::uuid, $5::jsonb || jsonb_build_object('familyName', f.name)
           FROM unnest($1::uuid[]) AS c(account_id)
           JOIN account a ON a.id = c.account_id AND a.disabled_at IS NULL
           JOIN family f ON f.id = $3::uuid
          WHERE c.account_id IS DISTINCT FROM $6::uuid ${related}
         ON CONFLICT DO NOTHING
         RETURNING id, account_id)
       SELECT told.id, told.account_id AS "accountId", coalesce(p.email, 'IMMEDIATELY') AS email
         FROM told LEFT JOIN notification_preference p ON p.account_id = told.account_id`,
      relatedToday ? [...parameters, dutchToday()] : parameters,
    )) as Array<{ id: string; accountId: string; email: string }>;
    for (const { id, email } of told) if (email === 'IMMEDIATELY') await this.queue.enqueue(manager, { notificationId: id });
    return told.map((t) => t.accountId);
  }

  /** The accounts an SQL query over `$1`… names, recorded as one event. */
  async recordQueried(manager: EntityManager, event: FamilyEvent, sql: string, parameters: unknown[]): Promise<string[]> {
    const rows = (await manager.query(sql, parameters)) as Array<{ account_id: string | null }>;
    return this.record(manager, event, rows.flatMap((r) => (r.account_id ? [r.account_id] : [])));
  }
}
