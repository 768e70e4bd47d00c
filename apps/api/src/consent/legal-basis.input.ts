import { LegalBasisKind } from '@gezinsplan/access-policy';
import { InformationCategory } from '@gezinsplan/domain';
import { Field, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import {
  IdList,
  InformationCategories,
  OptionalDate,
  OptionalDateTime,
  RequiredDateTime,
  RequiredId,
  RequiredText,
} from '../common/graphql/input-fields';
import { LegalBasisKindEnum } from './consent-enums';

/** One of the documented steps. */
const Step = (description: string) =>
  RequiredText({ minLength: 10, tooShort: 'document this step (at least 10 characters)', maxLength: 5000, description });

/** What every recorded legal basis documents: the basis itself and the steps the law asks for. */
@InputType({ isAbstract: true })
export class LegalBasisStepsInput {
  @Field(() => LegalBasisKindEnum, { description: 'Step 1: the legal basis.' })
  @IsIn(['SUPERVISION_ORDER', 'MELDCODE', 'GOOD_CARE_PROVIDER'])
  kind!: LegalBasisKind;

  @Field(() => String, { nullable: true, description: 'For example the court’s case number.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  reference?: string;

  @Step('Step 2: the purpose.')
  purpose!: string;

  @Step('Step 3: which information is really needed, and why.')
  necessaryInformation!: string;

  @Step('Step 4: proportionality.')
  proportionality!: string;

  @Step('Step 5: subsidiarity: could it be done anonymously or otherwise?')
  subsidiarity!: string;

  @Step('Step 6: professional secrecy considered.')
  professionalSecrecy!: string;

  @OptionalDate()
  validUntil?: string;
}

@InputType({ description: 'Sharing without consent, with the six documented steps of the Meldcode / privacy law.' })
export class RecordLegalBasisInput extends LegalBasisStepsInput {
  @RequiredId()
  familyId!: string;

  @RequiredId()
  recipientInvolvementId!: string;

  @IdList({ empty: 'name whose information is shared' })
  subjectMemberIds!: string[];

  @InformationCategories({ empty: 'name the categories that are shared', description: 'Step 3: which information is really needed.' })
  categories!: InformationCategory[];

  @OptionalDateTime('When the family was told (ISO date-time), if before.')
  familyInformedAt?: string;

  @Field(() => String, { nullable: true, description: 'Why the family is told only afterwards.' })
  @IsOptional()
  @IsString()
  @MinLength(10, { message: 'explain why the family is told afterwards' })
  @MaxLength(5000)
  informingDelayReason?: string;
}

@InputType({
  description:
    'Chosen at invitation: the family is told afterwards. The legal basis is recorded with the invitation, for the task’s members and categories, so the family never sees the involvement before it is told.',
})
export class ToldAfterwardsInput extends LegalBasisStepsInput {
  @RequiredText({
    minLength: 10,
    tooShort: 'explain why the family is told afterwards',
    maxLength: 5000,
    description: 'Why the family is told only afterwards.',
  })
  informingDelayReason!: string;
}

@InputType()
export class RecordFamilyInformedInput {
  @RequiredId()
  legalBasisId!: string;

  @RequiredDateTime('When the family was told (ISO date-time).')
  informedAt!: string;
}
