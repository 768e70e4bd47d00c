import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { NotificationModule } from '../notification/notification.module';
import { InvolvementResolver } from './involvement.resolver';
import { InvolvementService } from './involvement.service';

@Module({ imports: [AccessModule, NotificationModule], providers: [InvolvementService, InvolvementResolver] })
export class InvolvementModule {}
