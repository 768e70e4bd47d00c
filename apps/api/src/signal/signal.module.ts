import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { InvolvementModule } from '../involvement/involvement.module';
import { MailModule } from '../mail/mail.module';
import { NotificationService } from './notification.service';
import { SignalResolver } from './signal.resolver';
import { SignalService } from './signal.service';

@Module({ imports: [AccessModule, MailModule, InvolvementModule], providers: [SignalService, NotificationService, SignalResolver] })
export class SignalModule {}
