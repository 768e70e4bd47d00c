import { Module } from '@nestjs/common';
import { AccessLogService } from './access-log.service';
import { FamilyAccessService } from './family-access.service';

/** The access module: every read and write of case data passes through FamilyAccessService. */
@Module({ providers: [FamilyAccessService, AccessLogService], exports: [FamilyAccessService, AccessLogService] })
export class AccessModule {}
