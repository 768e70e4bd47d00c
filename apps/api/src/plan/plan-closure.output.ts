import { ClosingReason } from '@gezinsplan/domain';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ClosingReasonEnum, PlanClosureActionEnum } from '../common/graphql/domain-enums';

@ObjectType('PlanClosureEvent', { description: 'One closing or reopening of the plan; the history is never changed.' })
export class PlanClosureEventOutput {
  @Field(() => ID)
  id!: string;

  @Field(() => PlanClosureActionEnum)
  action!: 'CLOSED' | 'REOPENED';

  @Field(() => ClosingReasonEnum, { nullable: true, description: 'Why the plan was closed; null for a reopening.' })
  closingReason!: ClosingReason | null;

  @Field()
  explanation!: string;

  @Field(() => String, { nullable: true, description: 'The final evaluation written at closing.' })
  finalEvaluation!: string | null;

  @Field()
  at!: Date;

  @Field({ description: 'The regisseur who closed or reopened the plan.' })
  byName!: string;
}
