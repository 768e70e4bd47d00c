import {
  INFORMATION_CATEGORIES,
  InformationCategory,
  LIFE_DOMAINS,
  LifeDomain,
  PLAN_ITEM_KINDS,
  PlanItemKind,
} from '@gezinsplan/domain';
import { Field, InputType, Int } from '@nestjs/graphql';
import { GOAL_RESULTS, GoalResult } from './plan-item-content';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import {
  GoalResultEnum,
  InformationCategoryEnum,
  LifeDomainEnum,
  PartyTypeEnum,
  PlanItemKindEnum,
  SituationAspectEnum,
} from '../common/graphql/domain-enums';
import {
  ExpectedVersion,
  IdList,
  OptionalDate,
  OptionalId,
  OptionalText,
  RequiredId,
  RequiredText,
} from '../common/graphql/input-fields';

import { MAX_LIST_LENGTH } from '../common/graphql/input-rules';

const TEXT_LIMIT = 10_000;

@InputType('PartyInput')
export class PartyInput {
  @Field(() => PartyTypeEnum)
  @IsIn(['INVOLVEMENT', 'FAMILY_MEMBER', 'NETWORK_MEMBER'])
  type!: 'INVOLVEMENT' | 'FAMILY_MEMBER' | 'NETWORK_MEMBER';

  @RequiredId()
  id!: string;
}

@InputType('GoalOutcomeInput', { description: "A held evaluation's result for one goal." })
export class GoalOutcomeInput {
  @RequiredId()
  goalId!: string;

  @Field(() => GoalResultEnum)
  @IsIn(GOAL_RESULTS)
  result!: GoalResult;
}

/** The content fields every kind draws from; which are required depends on the kind. */
@InputType({ isAbstract: true })
export class PlanItemContentInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(1, { message: 'must not be empty' })
  @MaxLength(TEXT_LIMIT)
  text?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  status?: string | null;

  @OptionalDate()
  dueOn?: string | null;

  @Field(() => PartyInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PartyInput)
  assignee?: PartyInput | null;

  @Field(() => LifeDomainEnum, { nullable: true })
  @IsOptional()
  @IsIn(LIFE_DOMAINS)
  lifeDomain?: LifeDomain | null;

  @Field(() => SituationAspectEnum, { nullable: true })
  @IsOptional()
  @IsIn(['STRENGTH', 'CONCERN'])
  aspect?: 'STRENGTH' | 'CONCERN' | null;

  @OptionalId()
  goalId?: string | null;

  @OptionalText(TEXT_LIMIT)
  statusReason?: string | null;

  @OptionalText(TEXT_LIMIT)
  outcome?: string | null;

  @OptionalText(TEXT_LIMIT)
  changes?: string | null;

  @IdList({ optional: true, atMost: MAX_LIST_LENGTH, description: 'Evaluations: the professionals invited (involvement ids).' })
  invitedInvolvementIds?: string[] | null;

  @IdList({ optional: true, atMost: MAX_LIST_LENGTH, description: 'Evaluations: the family members invited (member ids), beside whom it is about.' })
  invitedMemberIds?: string[] | null;

  @Field(() => [GoalOutcomeInput], { nullable: true, description: 'A held evaluation: the result per goal.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_LIST_LENGTH)
  @ValidateNested({ each: true })
  @Type(() => GoalOutcomeInput)
  goalOutcomes?: GoalOutcomeInput[] | null;

  @OptionalText(TEXT_LIMIT, "A held evaluation: the family's own view.")
  familyView?: string | null;

  @OptionalDate('A held evaluation: the date of the next one; holding the evaluation plans it.')
  nextEvaluationOn?: string | null;

  @OptionalText(TEXT_LIMIT)
  planB?: string | null;

  @OptionalText(200)
  contactName?: string | null;

  @OptionalText(50)
  contactPhone?: string | null;

  @OptionalDate()
  startsOn?: string | null;

  @OptionalDate()
  endsOn?: string | null;

  @OptionalText(TEXT_LIMIT)
  safetyForChild?: string | null;

  @OptionalText(TEXT_LIMIT)
  safetyForParents?: string | null;

  @OptionalText(TEXT_LIMIT)
  safetyForProfessionals?: string | null;

  @Field(() => Int, { nullable: true, description: '1 (Monday) to 7 (Sunday).' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'must be 1 (Monday) to 7 (Sunday)' })
  @Max(7, { message: 'must be 1 (Monday) to 7 (Sunday)' })
  weekday?: number | null;

  @OptionalText(500)
  cancelContact?: string | null;

  @OptionalText(500)
  recordedWith?: string | null;

  @OptionalDate()
  occurredOn?: string | null;
}

@InputType()
export class AddPlanItemInput extends PlanItemContentInput {
  @RequiredId()
  familyId!: string;

  @Field(() => PlanItemKindEnum)
  @IsIn(PLAN_ITEM_KINDS)
  kind!: PlanItemKind;

  @Field(() => InformationCategoryEnum)
  @IsIn(INFORMATION_CATEGORIES)
  category!: InformationCategory;

  @IdList({ atMost: 50, defaultValue: [] })
  aboutMemberIds!: string[];
}

@InputType({ description: 'A field left out keeps its value; a field given as null is cleared.' })
export class UpdatePlanItemInput extends PlanItemContentInput {
  @RequiredId()
  id!: string;

  @ExpectedVersion('The version you edited; a newer one on the server gives CONFLICT.')
  expectedVersion!: number;

  @IdList({ atMost: 50, optional: true })
  aboutMemberIds?: string[];
}

@InputType()
export class RemovePlanItemInput {
  @RequiredId()
  id!: string;

  @ExpectedVersion()
  expectedVersion!: number;

  @RequiredText({ minLength: 3, tooShort: 'give the reason for removing it', maxLength: 2000 })
  reason!: string;
}

@InputType()
export class WithholdFromFamilyInput {
  @RequiredId()
  id!: string;

  @ExpectedVersion()
  expectedVersion!: number;

  @Field(() => String, { nullable: true, description: 'The recorded reason; null releases the item to the family.' })
  @IsOptional()
  @IsString()
  @MinLength(3, { message: 'give the reason for withholding it from the family' })
  @MaxLength(2000)
  reason?: string | null;
}

@InputType()
export class RespondToPlanItemInput {
  @RequiredId()
  targetItemId!: string;

  @Field(() => PlanItemKindEnum, { description: 'COMMENT or OWN_VIEW.' })
  @IsIn(['COMMENT', 'OWN_VIEW'], { message: 'must be COMMENT or OWN_VIEW' })
  kind!: 'COMMENT' | 'OWN_VIEW';

  @RequiredText({ minLength: 1, tooShort: 'must not be empty', maxLength: TEXT_LIMIT })
  text!: string;
}

@InputType()
export class SetAgreementStatusInput {
  @RequiredId()
  id!: string;

  @ExpectedVersion()
  expectedVersion!: number;

  @Field({ description: 'OPEN, DONE or NOT_KEPT.' })
  @IsIn(['OPEN', 'DONE', 'NOT_KEPT'], { message: 'must be OPEN, DONE or NOT_KEPT' })
  status!: 'OPEN' | 'DONE' | 'NOT_KEPT';

  @OptionalText(TEXT_LIMIT)
  reason?: string;
}
