import { PlanItemKind } from '@gezinsplan/domain';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { PlanItemKindEnum } from '../common/graphql/domain-enums';

@ObjectType('CalendarEntry', { description: 'One dated part of a plan in the coming weeks, with its family.' })
export class CalendarEntryOutput {
  @Field(() => ID)
  familyId!: string;

  @Field()
  familyName!: string;

  @Field(() => ID)
  itemId!: string;

  @Field(() => PlanItemKindEnum, { description: 'EVALUATION, AGREEMENT, SAFETY_AGREEMENT or SAFETY_PLAN (its evaluation date).' })
  kind!: PlanItemKind;

  @Field({ description: 'The day (YYYY-MM-DD): planned date, due date, or the safety plan’s evaluation date.' })
  on!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Null when this professional may not read the content: an agreement’s stub (who, by when, status) remains.',
  })
  text!: string | null;

  @Field(() => String, { nullable: true })
  status!: string | null;

  @Field(() => String, { nullable: true, description: 'Agreements: who carries it.' })
  assigneeName!: string | null;
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
