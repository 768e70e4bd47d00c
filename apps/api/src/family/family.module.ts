import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { ExistingPlanResolver } from './existing-plan.resolver';
import { FamilyAccessLogResolver } from './family-access-log.resolver';
import { FamilySearchResolver } from './family-search.resolver';
import { FamilySearchService } from './family-search.service';
import { FamilyResolver } from './family.resolver';
import { FamilyService } from './family.service';
import { NetworkMemberHistoryResolver } from './network-member-history.resolver';
import { NetworkMemberHistoryService } from './network-member-history.service';

@Module({
  imports: [AccessModule],
  providers: [FamilyService, FamilyResolver, FamilyAccessLogResolver, FamilySearchService, FamilySearchResolver, ExistingPlanResolver, NetworkMemberHistoryService, NetworkMemberHistoryResolver],
})
export class FamilyModule {}
