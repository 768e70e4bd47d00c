import { CLOSING_REASONS, ClosingReason } from '@gezinsplan/domain';
import { Field, InputType } from '@nestjs/graphql';
import { IsIn } from 'class-validator';
import { ClosingReasonEnum } from '../common/graphql/domain-enums';
import { RequiredId, RequiredText } from '../common/graphql/input-fields';

@InputType()
export class ClosePlanInput {
  @RequiredId()
  familyId!: string;

  @Field(() => ClosingReasonEnum)
  @IsIn(CLOSING_REASONS, { message: 'choose why the plan is closed' })
  closingReason!: ClosingReason;

  @RequiredText({ minLength: 3, tooShort: 'explain why the plan is closed', maxLength: 10_000 })
  explanation!: string;

  @RequiredText({
    minLength: 10,
    tooShort: 'write the final evaluation: what was reached, what the family takes with them',
    maxLength: 10_000,
    description: 'The final evaluation, read by the family and everyone involved.',
  })
  finalEvaluation!: string;
}

@InputType()
export class ReopenPlanInput {
  @RequiredId()
  familyId!: string;

  @RequiredText({ minLength: 3, tooShort: 'explain why the plan is reopened', maxLength: 10_000 })
  explanation!: string;
}
