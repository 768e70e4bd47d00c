import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { OverviewResolver } from './overview.resolver';
import { OverviewService } from './overview.service';

@Module({ imports: [AccessModule], providers: [OverviewService, OverviewResolver] })
export class OverviewModule {}
