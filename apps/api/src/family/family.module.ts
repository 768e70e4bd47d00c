import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { FamilyResolver } from './family.resolver';
import { FamilyService } from './family.service';

@Module({
  imports: [AccessModule],
  providers: [FamilyService, FamilyResolver],
})
export class FamilyModule {}
