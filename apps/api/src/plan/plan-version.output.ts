import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { PlanItemOutput } from './plan-item.output';

@ObjectType('PlanVersion', { description: 'An adopted, frozen version of the plan.' })
export class PlanVersionOutput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  number!: number;

  @Field()
  adoptedAt!: Date;

  @Field()
  adoptedByName!: string;

  @Field(() => String, { nullable: true })
  note!: string | null;
}

@ObjectType('AdoptedPlan', { description: 'The plan as it was when a version was adopted, read with today’s access rules.' })
export class AdoptedPlanOutput extends PlanVersionOutput {
  @Field(() => [PlanItemOutput])
  items!: PlanItemOutput[];
}
