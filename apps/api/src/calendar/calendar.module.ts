import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { PlanModule } from '../plan/plan.module';
import { CalendarResolver } from './calendar.resolver';
import { CalendarService } from './calendar.service';

@Module({ imports: [AccessModule, PlanModule], providers: [CalendarService, CalendarResolver] })
export class CalendarModule {}
