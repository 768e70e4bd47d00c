import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { NotificationModule } from '../notification/notification.module';
import { InvolvementResolver } from './involvement.resolver';
import { InvolvementService } from './involvement.service';
import { RegisseurHandoverResolver } from './regisseur-handover.resolver';
import { RegisseurHandoverService } from './regisseur-handover.service';

@Module({
  imports: [AccessModule, NotificationModule],
  providers: [InvolvementService, InvolvementResolver, RegisseurHandoverService, RegisseurHandoverResolver],
  exports: [RegisseurHandoverService],
})
export class InvolvementModule {}
