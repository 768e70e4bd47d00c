import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module';
import { AgreementNotifications } from './agreement-notifications';
import { AgreementOverdueJob } from './agreement-overdue.job';
import { ConsentNotifications } from './consent-notifications';
import { EvaluationNotifications } from './evaluation-notifications';
import { FamilyNotifications } from './family-notifications';
import { NotificationDigest } from './notification-digest';
import { NotificationMailWorker } from './notification-mail.worker';
import { NotificationPreferenceResolver } from './notification-preference.resolver';
import { NotificationQueue } from './notification-queue';
import { NotificationRecorder } from './notification-recorder';
import { RegisseurHandoverNotifications } from './regisseur-handover-notifications';

@Module({
  imports: [MailModule],
  providers: [
    NotificationQueue,
    NotificationRecorder,
    NotificationMailWorker,
    NotificationDigest,
    FamilyNotifications,
    AgreementNotifications,
    AgreementOverdueJob,
    EvaluationNotifications,
    ConsentNotifications,
    NotificationPreferenceResolver,
    RegisseurHandoverNotifications,
  ],
  exports: [FamilyNotifications, AgreementNotifications, EvaluationNotifications, ConsentNotifications, RegisseurHandoverNotifications],
})
export class NotificationModule {}
