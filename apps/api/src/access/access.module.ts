import { Module } from '@nestjs/common';
import { FamilyDirectoryService } from '../family/family-directory.service';
import { AccessLogFlushPlugin } from './access-log-flush.plugin';
import { AccessLogQueryService } from './access-log-query.service';
import { AccessLogService } from './access-log.service';
import { AccessResolver } from './access.resolver';
import { ConsentService } from './consent.service';
import { FamilyAccessService } from './family-access.service';
import { LegalBasisService } from './legal-basis.service';

/** The access module: every read and write of case data passes through FamilyAccessService. */
@Module({
  providers: [
    FamilyAccessService,
    AccessLogService,
    AccessLogFlushPlugin,
    AccessLogQueryService,
    ConsentService,
    LegalBasisService,
    FamilyDirectoryService,
    AccessResolver,
  ],
  exports: [FamilyAccessService, AccessLogService, FamilyDirectoryService],
})
export class AccessModule {}
