import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { FamilyDirectoryService } from './family-directory.service';
import { FamilyResolver } from './family.resolver';
import { FamilyService } from './family.service';

@Module({
  imports: [AccessModule],
  providers: [FamilyDirectoryService, FamilyService, FamilyResolver],
  exports: [FamilyDirectoryService],
})
export class FamilyModule {}
