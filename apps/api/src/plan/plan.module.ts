import { NotificationModule } from '../notification/notification.module';
import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { PlanItemReader } from './plan-item.reader';
import { PlanItemFieldResolver, PlanItemResolver } from './plan-item.resolver';
import { PlanItemService } from './plan-item.service';
import { PlanVersionService } from './plan-version.service';

@Module({
  imports: [AccessModule, NotificationModule],
  providers: [PlanItemReader, PlanItemService, PlanVersionService, PlanItemResolver, PlanItemFieldResolver],
  exports: [PlanItemReader],
})
export class PlanModule {}
