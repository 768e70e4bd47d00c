import { PlanItemKind } from '@gezinsplan/domain';
import { Field, ObjectType } from '@nestjs/graphql';
import { FamilyItemOutput } from '../common/graphql/family-item.output';
import { PlanItemKindEnum } from '../common/graphql/domain-enums';

@ObjectType('CalendarEntry', { description: 'One dated part of a plan in the coming weeks, with its family.' })
export class CalendarEntryOutput extends FamilyItemOutput {
  @Field(() => PlanItemKindEnum, { description: 'EVALUATION, AGREEMENT, SAFETY_AGREEMENT or SAFETY_PLAN (its evaluation date).' })
  kind!: PlanItemKind;

  @Field({ description: 'The day (YYYY-MM-DD): planned date, due date, or the safety plan’s evaluation date.' })
  on!: string;
}

@ObjectType('Calendar', { description: 'The coming weeks across my open plans, as far as my access allows.' })
export class CalendarOutput {
  @Field({ description: 'The Monday of this week (YYYY-MM-DD).' })
  from!: string;

  @Field({ description: 'The Sunday of the last week shown (YYYY-MM-DD).' })
  until!: string;

  @Field(() => [CalendarEntryOutput], { description: 'By day, then family name.' })
  entries!: CalendarEntryOutput[];
}
