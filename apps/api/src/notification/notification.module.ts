import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module';
import { FamilyNotifications } from './family-notifications';
import { NotificationMailWorker } from './notification-mail.worker';
import { NotificationPreferenceResolver } from './notification-preference.resolver';
import { NotificationQueue } from './notification-queue';

@Module({
  imports: [MailModule],
  providers: [NotificationQueue, NotificationMailWorker, FamilyNotifications, NotificationPreferenceResolver],
  exports: [FamilyNotifications],
})
export class NotificationModule {}
