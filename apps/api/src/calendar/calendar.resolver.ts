import { Permission } from '@gezinsplan/access-policy';
import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { Authorize } from '../auth/access.decorators';
import { Caller, CurrentCaller } from '../auth/caller';
import { MAX_CALENDAR_WEEKS } from './calendar-weeks';
import { CalendarOutput } from './calendar.output';
import { CalendarService } from './calendar.service';

@Resolver(() => CalendarOutput)
export class CalendarResolver {
  constructor(private readonly calendar: CalendarService) {}

  @Query(() => CalendarOutput, { description: 'The coming weeks across the signed-in professional’s open plans.' })
  @Authorize(Permission.WorkWithFamilies)
  myCalendar(
    @CurrentCaller() caller: Caller,
    @Args('weeks', { type: () => Int, defaultValue: 6, description: `Whole weeks from this one, 1 to ${MAX_CALENDAR_WEEKS}.` })
    weeks: number,
  ): Promise<CalendarOutput> {
    return this.calendar.forProfessional(caller, weeks);
  }
}
