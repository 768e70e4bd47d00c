import { Module } from '@nestjs/common';
import { AccessLogFlushPlugin } from './access-log-flush.plugin';
import { AccessLogQueryService } from './access-log-query.service';
import { AccessLogResolver } from './access-log.resolver';
import { AccessLogService } from './access-log.service';
import { FamilyAccessService } from './family-access.service';
import { FamilyDirectoryService } from './family-directory.service';

/**
 * The access module: the access decision (FamilyAccessService), the reader of a
 * family's people behind it (FamilyDirectoryService) and the access log. Every
 * read and write of case data passes through it.
 */
@Module({
  providers: [
    FamilyAccessService,
    AccessLogService,
    AccessLogFlushPlugin,
    AccessLogQueryService,
    FamilyDirectoryService,
    AccessLogResolver,
  ],
  exports: [FamilyAccessService, AccessLogService, AccessLogQueryService, FamilyDirectoryService],
})
export class AccessModule {}
