import { dutchToday } from '@gezinsplan/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AGREEMENT_OVERDUE_QUEUE } from '../database/migrations/1764800000000-notification-events';
import { AGREEMENT_KINDS, carrierOf } from './agreement-notifications';
import { NotificationQueue } from './notification-queue';
import { NotificationRecorder, regisseurOf } from './notification-recorder';

/**
 * A daily job that runs without a person: it reads the plans of all families
 * only to find overdue agreements and whom they concern, and tells no one the
 * access module does not relate to the family today (NotificationRecorder).
 */
@Injectable()
export class AgreementOverdueJob {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly recorder: NotificationRecorder,
    queue: NotificationQueue,
  ) {
    queue.onDaily(AGREEMENT_OVERDUE_QUEUE, async () => {
      await this.noticeOverdue();
    });
  }

  /**
   * Each open agreement whose date has passed is told to its
   * carrier and the regisseur, once per agreement and due date. Safe to run
   * again or on two instances at once: the notice is unique per person,
   * agreement and date, and only a notice recorded now is mailed.
   */
  async noticeOverdue(today = dutchToday()): Promise<number> {
    const overdue = (await this.dataSource.query(
      `SELECT p.id, p.family_id AS "familyId", p.due_on::text AS "dueOn"
         FROM plan_item p JOIN family f ON f.id = p.family_id AND f.closed_at IS NULL
        WHERE p.kind = ANY($1::text[]) AND p.status = 'OPEN' AND p.removed_at IS NULL AND p.due_on < $2::date
          AND NOT EXISTS (SELECT 1 FROM notification n WHERE n.plan_item_id = p.id AND n.kind = 'AGREEMENT_OVERDUE'
                                                         AND n.params->>'dueOn' = p.due_on::text)`,
      [AGREEMENT_KINDS, today],
    )) as Array<{ id: string; familyId: string; dueOn: string }>;
    let told = 0;
    for (const item of overdue) {
      // One transaction per agreement: a failure leaves the others told, and the job's retry finishes the rest.
      await this.dataSource.transaction(async (manager) => {
        const accounts = await this.recorder.recordQueried(
          manager,
          { kind: 'AGREEMENT_OVERDUE', familyId: item.familyId, planItemId: item.id, params: { dueOn: item.dueOn }, actorAccountId: null },
          `${carrierOf('$1::uuid')} UNION ${regisseurOf('$2::uuid')}`,
          [item.id, item.familyId],
        );
        told += accounts.length;
      });
    }
    return told;
  }
}
