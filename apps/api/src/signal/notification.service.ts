import { dutchToday } from '@gezinsplan/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Caller } from '../auth/caller';
import { notFound } from '../common/errors/api-error';
import { updateReturning } from '../common/update-returning';
import { NotificationOutput } from './signal.output';

@Injectable()
export class NotificationService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  mine(caller: Caller): Promise<NotificationOutput[]> {
    return this.dataSource.query(
      // The family is identified (by name or id) only from the day the notification may do so (an invitation that starts later).
      `SELECT n.id, n.kind, n.message, n.created_at AS "createdAt", n.read_at AS "readAt", n.params->>'settled' AS settled,
              CASE WHEN hidden THEN NULL ELSE n.family_id END AS "familyId",
              CASE WHEN hidden THEN NULL ELSE n.params->>'familyName' END AS "familyName"
         FROM notification n, LATERAL (SELECT coalesce(n.params->>'familyHiddenUntil', '') > $2 AS hidden) h
        WHERE n.account_id = $1 ORDER BY n.created_at DESC LIMIT 100`,
      [caller.viewer.accountId, dutchToday()],
    );
  }

  async markRead(caller: Caller, id: string): Promise<boolean> {
    const updated = await updateReturning(
      this.dataSource.manager,
      `UPDATE notification SET read_at = coalesce(read_at, now()) WHERE id = $1 AND account_id = $2 RETURNING id`,
      [id, caller.viewer.accountId],
    );
    if (updated.length === 0) throw notFound('The notification');
    return true;
  }
}
