import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { FamilyModule } from '../family/family.module';
import { InvolvementResolver } from './involvement.resolver';
import { InvolvementService } from './involvement.service';

@Module({ imports: [AccessModule, FamilyModule], providers: [InvolvementService, InvolvementResolver] })
export class InvolvementModule {}
