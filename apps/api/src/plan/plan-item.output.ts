import { InformationCategory, LifeDomain, PlanItemKind } from '@gezinsplan/domain';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { GoalResult } from './plan-item-content';
import {
  GoalResultEnum,
  InformationCategoryEnum,
  LifeDomainEnum,
  PartyTypeEnum,
  PlanItemKindEnum,
  ReadAccessEnum,
  SituationAspectEnum,
} from '../common/graphql/domain-enums';

@ObjectType('GoalOutcome', { description: "A held evaluation's result for one goal." })
export class GoalOutcomeOutput {
  @Field(() => ID)
  goalId!: string;

  @Field(() => GoalResultEnum)
  result!: GoalResult;
}

@ObjectType('Party', { description: 'Who wrote an item or must act on it.' })
export class PartyOutput {
  @Field(() => PartyTypeEnum)
  type!: 'INVOLVEMENT' | 'FAMILY_MEMBER' | 'NETWORK_MEMBER';

  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true, description: 'For professionals: their organisation.' })
  organisationName!: string | null;
}

@ObjectType('Redaction', {
  description: 'Information exists that this person may not read: who holds it and whom to contact.',
})
export class RedactionOutput {
  @Field()
  organisationName!: string;

  @Field(() => [String])
  aboutNames!: string[];

  @Field(() => String, { nullable: true })
  contactName!: string | null;

  @Field(() => String, { nullable: true })
  contactPhone!: string | null;

  @Field(() => String, { nullable: true })
  contactEmail!: string | null;
}

/**
 * What an item says: the fields of the current item and of each earlier version alike.
 * Content is null when REDACTED, except a redacted agreement's who and due date (its stub), and its status for the regisseur.
 */
@ObjectType({ isAbstract: true })
export abstract class PlanItemContentOutput {
  @Field(() => InformationCategoryEnum)
  category!: InformationCategory;

  @Field(() => [ID])
  aboutMemberIds!: string[];

  @Field(() => PartyOutput, { nullable: true, description: 'Who must act; also on a redacted agreement.' })
  assignee!: PartyOutput | null;

  @Field(() => ID, { nullable: true })
  targetItemId!: string | null;

  @Field(() => String, { nullable: true })
  text!: string | null;

  @Field(() => String, { nullable: true, description: 'Goals: OPEN, ACHIEVED, STOPPED; agreements: OPEN, DONE, NOT_KEPT (when redacted, for the regisseur only); evaluations: PLANNED, HELD (when redacted, for whom it invites).' })
  status!: string | null;

  @Field(() => String, { nullable: true, description: 'By when (agreements, also when redacted), target date (goals), planned date (evaluations, safety plan evaluation), date (roster).' })
  dueOn!: string | null;

  @Field(() => LifeDomainEnum, { nullable: true })
  lifeDomain!: LifeDomain | null;

  @Field(() => SituationAspectEnum, { nullable: true })
  aspect!: 'STRENGTH' | 'CONCERN' | null;

  @Field(() => ID, { nullable: true })
  goalId!: string | null;

  @Field(() => String, { nullable: true })
  statusReason!: string | null;

  @Field(() => String, { nullable: true })
  outcome!: string | null;

  @Field(() => String, { nullable: true })
  changes!: string | null;

  @Field(() => [ID], {
    description: 'Evaluations: the professionals invited (involvement ids) whom the reader sees as involved; empty for other kinds.',
  })
  invitedInvolvementIds!: string[];

  @Field(() => [PartyOutput], {
    description: 'Evaluations: the professionals invited, by name and organisation, as far as the reader sees who is involved.',
  })
  invitedProfessionals!: PartyOutput[];

  @Field(() => [ID], { description: 'Evaluations: the family members invited (member ids), beside whom it is about; empty for other kinds.' })
  invitedMemberIds!: string[];

  @Field(() => [GoalOutcomeOutput], { description: 'A held evaluation: the result per goal.' })
  goalOutcomes!: GoalOutcomeOutput[];

  @Field(() => String, { nullable: true, description: "A held evaluation: the family's own view." })
  familyView!: string | null;

  @Field(() => String, { nullable: true, description: 'A held evaluation: the date of the next one.' })
  nextEvaluationOn!: string | null;

  @Field(() => String, { nullable: true })
  planB!: string | null;

  @Field(() => String, { nullable: true })
  contactName!: string | null;

  @Field(() => String, { nullable: true })
  contactPhone!: string | null;

  @Field(() => String, { nullable: true })
  startsOn!: string | null;

  @Field(() => String, { nullable: true })
  endsOn!: string | null;

  @Field(() => String, { nullable: true })
  safetyForChild!: string | null;

  @Field(() => String, { nullable: true })
  safetyForParents!: string | null;

  @Field(() => String, { nullable: true })
  safetyForProfessionals!: string | null;

  @Field(() => Int, { nullable: true })
  weekday!: number | null;

  @Field(() => String, { nullable: true })
  cancelContact!: string | null;

  @Field(() => String, { nullable: true, description: "The child's voice: with whom the child spoke." })
  recordedWith!: string | null;

  @Field(() => String, { nullable: true })
  occurredOn!: string | null;
}

@ObjectType('PlanItem', {
  description: 'One piece of the plan. When access is REDACTED only its existence, category, holder and contact are given.',
})
export class PlanItemOutput extends PlanItemContentOutput {
  @Field(() => ID)
  id!: string;

  @Field(() => PlanItemKindEnum)
  kind!: PlanItemKind;

  @Field(() => ReadAccessEnum)
  access!: 'FULL' | 'REDACTED';

  @Field(() => PartyOutput)
  author!: PartyOutput;

  @Field()
  createdAt!: Date;

  @Field(() => Int, {
    nullable: true,
    description:
      'The version, for the optimistic-concurrency check of a change (expectedVersion). Null for a redacted item (access REDACTED): ' +
      'a reader who may not read it must not learn how often, or whether, it changed.',
  })
  version!: number | null;

  @Field(() => RedactionOutput, { nullable: true })
  redaction!: RedactionOutput | null;

  @Field({
    description:
      'Evaluations: whether it invites the reader. Whom it invites sees at least that it exists, its date and status, ' +
      'also when they may not read what it says (access REDACTED).',
  })
  invitesYou!: boolean;

  @Field(() => Date, { nullable: true })
  updatedAt!: Date | null;

  @Field(() => PartyOutput, {
    nullable: true,
    description: 'Who made the current version, when the reader reads it in full and may see who; null otherwise.',
  })
  lastChangedBy!: PartyOutput | null;

  @Field({
    description:
      'For its author and the regisseur: the last change was made by someone other than the author (and not by the reader), so it is marked as changed by someone else (see lastChangedBy and history).',
  })
  changedByOther!: boolean;

  /** The family it belongs to: for reading its history through the family's access. */
  familyId!: string;

  /** Resolved by PlanItemResolver.withheldFromFamilyReason, behind a field-level guard. */
  withheldFromFamilyReason!: string | null;
}

@ObjectType('PlanItemVersion', {
  description: 'An earlier version of a plan item: when, by whom and what it said. Only versions the reader may read in full, then and now.',
})
export class PlanItemVersionOutput extends PlanItemContentOutput {
  @Field(() => ID)
  itemId!: string;

  @Field(() => Int)
  version!: number;

  @Field()
  changedAt!: Date;

  @Field(() => PartyOutput, { nullable: true, description: 'Who made this version; null when the reader may not see who.' })
  changedBy!: PartyOutput | null;
}
