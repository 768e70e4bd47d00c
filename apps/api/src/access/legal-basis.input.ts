import { LegalBasisKind } from '@gezinsplan/access-policy';
import { INFORMATION_CATEGORIES, InformationCategory } from '@gezinsplan/domain';
import { Field, ID, InputType } from '@nestjs/graphql';
import {
  ArrayMinSize,
  IsDateString,
  IsIn,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
} from 'class-validator';
import { InformationCategoryEnum } from '../common/graphql/domain-enums';
import { LegalBasisKindEnum } from './access-enums';

const STEP = { message: 'document this step (at least 10 characters)' };

@InputType({ description: 'Sharing without consent, with the six documented steps of the Meldcode / privacy law.' })
export class RecordLegalBasisInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  familyId!: string;

  @Field(() => LegalBasisKindEnum, { description: 'Step 1: the legal basis.' })
  @IsIn(['SUPERVISION_ORDER', 'MELDCODE', 'GOOD_CARE_PROVIDER'])
  kind!: LegalBasisKind;

  @Field(() => String, { nullable: true, description: 'For example the court’s case number.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  reference?: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  recipientInvolvementId!: string;

  @Field(() => [ID])
  @IsUUID('all', { each: true, message: 'must be member ids' })
  @ArrayMinSize(1, { message: 'name whose information is shared' })
  subjectMemberIds!: string[];

  @Field(() => [InformationCategoryEnum], { description: 'Step 3: which information is really needed.' })
  @ArrayMinSize(1, { message: 'name the categories that are shared' })
  @IsIn(INFORMATION_CATEGORIES, { each: true })
  categories!: InformationCategory[];

  @Field({ description: 'Step 2: the purpose.' })
  @IsString()
  @MinLength(10, STEP)
  @MaxLength(5000)
  purpose!: string;

  @Field({ description: 'Step 3: which information is really needed, and why.' })
  @IsString()
  @MinLength(10, STEP)
  @MaxLength(5000)
  necessaryInformation!: string;

  @Field({ description: 'Step 4: proportionality.' })
  @IsString()
  @MinLength(10, STEP)
  @MaxLength(5000)
  proportionality!: string;

  @Field({ description: 'Step 5: subsidiarity: could it be done anonymously or otherwise?' })
  @IsString()
  @MinLength(10, STEP)
  @MaxLength(5000)
  subsidiarity!: string;

  @Field({ description: 'Step 6: professional secrecy considered.' })
  @IsString()
  @MinLength(10, STEP)
  @MaxLength(5000)
  professionalSecrecy!: string;

  @Field(() => String, { nullable: true, description: 'When the family was told (ISO date-time), if before.' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'must be a date and time' })
  familyInformedAt?: string;

  @Field(() => String, { nullable: true, description: 'Why the family is told only afterwards.' })
  @IsOptional()
  @IsString()
  @MinLength(10, { message: 'explain why the family is told afterwards' })
  @MaxLength(5000)
  informingDelayReason?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsDateString({ strict: true }, { message: 'must be a date (YYYY-MM-DD)' })
  validUntil?: string;
}

@InputType()
export class RecordFamilyInformedInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  legalBasisId!: string;

  @Field({ description: 'When the family was told (ISO date-time).' })
  @IsISO8601({ strict: true }, { message: 'must be a date and time' })
  informedAt!: string;
}
