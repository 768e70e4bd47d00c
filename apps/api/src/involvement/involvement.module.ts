import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { InvolvementResolver } from './involvement.resolver';
import { InvolvementService } from './involvement.service';

@Module({ imports: [AccessModule], providers: [InvolvementService, InvolvementResolver] })
export class InvolvementModule {}
