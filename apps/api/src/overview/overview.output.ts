import { ClosingReason } from '@gezinsplan/domain';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ClosingReasonEnum } from '../common/graphql/domain-enums';
import { FamilyItemOutput } from '../common/graphql/family-item.output';

/** Which family, and my involvement in it: what every list of my families says of each. */
@ObjectType({ isAbstract: true })
abstract class MyInvolvementOutput {
  @Field(() => ID)
  familyId!: string;

  @Field()
  familyName!: string;

  @Field(() => ID)
  involvementId!: string;

  @Field()
  task!: string;

  @Field()
  isRegisseur!: boolean;
}

@ObjectType('OverviewInvolvement')
export class OverviewInvolvementOutput extends MyInvolvementOutput {
  @Field()
  lastPlanChangeAt!: Date;

  @Field({ description: 'No change to the plan for six weeks or more.' })
  stalled!: boolean;
}

@ObjectType('ClosedPlan', { description: 'A closed plan I am still involved in: readable, and the regisseur can reopen it.' })
export class ClosedPlanOutput extends MyInvolvementOutput {
  @Field()
  closedAt!: Date;

  @Field(() => ClosingReasonEnum, { nullable: true, description: 'Why it was closed, as the last closing says.' })
  closingReason!: ClosingReason | null;
}

@ObjectType('OverviewItem', { description: 'An agreement or evaluation that needs attention, with its family.' })
export class OverviewItemOutput extends FamilyItemOutput {
  @Field()
  kind!: string;

  @Field(() => String, { nullable: true })
  dueOn!: string | null;

  @Field(() => String, { nullable: true })
  statusReason!: string | null;
}

@ObjectType('Overview', { description: 'A professional’s day: their families and what needs attention.' })
export class OverviewOutput {
  @Field(() => [OverviewInvolvementOutput])
  involvements!: OverviewInvolvementOutput[];

  @Field(() => [OverviewItemOutput], { description: 'As regisseur: agreements past their date or not kept.' })
  agreementsNeedingAttention!: OverviewItemOutput[];

  @Field(() => [OverviewItemOutput], { description: 'As regisseur: evaluations planned in the next 14 days, and overdue ones (still planned after their date) first.' })
  evaluationsDue!: OverviewItemOutput[];

  @Field(() => [OverviewInvolvementOutput], { description: 'As regisseur: plans without any change for six weeks.' })
  stalledPlans!: OverviewInvolvementOutput[];

  @Field(() => [OverviewItemOutput], { description: 'Open agreements assigned to my own involvements.' })
  myOpenAgreements!: OverviewItemOutput[];

  @Field(() => [ClosedPlanOutput], { description: 'Closed plans I am involved in, most recently closed first; they leave the lists above.' })
  closedPlans!: ClosedPlanOutput[];
}
