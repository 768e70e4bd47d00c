import { Module } from '@nestjs/common';
import { AccessLogFlushPlugin } from './access-log-flush.plugin';
import { AccessLogQueryService } from './access-log-query.service';
import { AccessLogResolver } from './access-log.resolver';
import { AccessLogService } from './access-log.service';
import { CaseData } from './case-data';
import { ExistingPlanService } from './existing-plan.service';
import { FamilyAccessService } from './family-access.service';
import { FamilyDirectoryService } from './family-directory.service';

/**
 * The access module: the access decision (FamilyAccessService), the readers
 * behind it that take its decision (FamilyDirectoryService for a family's
 * people, ExistingPlanService for whether a person already has an active plan, CaseData
 * for every other read and write of case data) and the access log. Every read and write of case data passes through it.
 */
@Module({
  providers: [
    FamilyAccessService,
    CaseData,
    AccessLogService,
    AccessLogFlushPlugin,
    AccessLogQueryService,
    FamilyDirectoryService,
    ExistingPlanService,
    AccessLogResolver,
  ],
  exports: [FamilyAccessService, CaseData, AccessLogService, AccessLogQueryService, FamilyDirectoryService, ExistingPlanService],
})
export class AccessModule {}
