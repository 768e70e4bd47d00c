import { NotificationModule } from '../notification/notification.module';
import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { PlanClosureResolver } from './plan-closure.resolver';
import { PlanClosureService } from './plan-closure.service';
import { PlanItemHistoryService } from './plan-item-history.service';
import { PlanItemReader } from './plan-item.reader';
import { PlanItemFieldResolver, PlanItemResolver } from './plan-item.resolver';
import { PlanItemService } from './plan-item.service';
import { PlanVersionService } from './plan-version.service';

@Module({
  imports: [AccessModule, NotificationModule],
  providers: [PlanItemReader, PlanItemService, PlanVersionService, PlanItemResolver, PlanItemFieldResolver,
    PlanItemHistoryService,     PlanClosureService, PlanClosureResolver],
  exports: [PlanItemReader],
})
export class PlanModule {}
