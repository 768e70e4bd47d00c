import { ConsentPurpose } from '@gezinsplan/access-policy';
import { INFORMATION_CATEGORIES, InformationCategory } from '@gezinsplan/domain';
import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsDateString, IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { InformationCategoryEnum } from '../common/graphql/domain-enums';
import { ConsentPurposeEnum } from './access-enums';

@InputType()
export class RecordConsentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  familyId!: string;

  @Field(() => ID, { description: 'Whose information may be shared.' })
  @IsUUID('all', { message: 'must be an id' })
  subjectMemberId!: string;

  @Field(() => ConsentPurposeEnum)
  @IsIn(['PLAN_EXCHANGE', 'INFORM_FAMILY'])
  purpose!: ConsentPurpose;

  @Field(() => [ID], { defaultValue: [], description: 'For PLAN_EXCHANGE: the involvements that may receive.' })
  @IsUUID('all', { each: true, message: 'must be involvement ids' })
  @ArrayMaxSize(50)
  recipientInvolvementIds!: string[];

  @Field(() => [InformationCategoryEnum], { defaultValue: [] })
  @IsIn(INFORMATION_CATEGORIES, { each: true })
  categories!: InformationCategory[];

  @Field(() => [ID], { description: 'The family members who gave their consent.' })
  @IsUUID('all', { each: true, message: 'must be member ids' })
  @ArrayMaxSize(10)
  givenByMemberIds!: string[];

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; today when absent.' })
  @IsOptional()
  @IsDateString({ strict: true }, { message: 'must be a date (YYYY-MM-DD)' })
  validFrom?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsDateString({ strict: true }, { message: 'must be a date (YYYY-MM-DD)' })
  validUntil?: string;
}

@InputType()
export class GiveConsentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  consentId!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  memberId!: string;
}

@InputType()
export class WithdrawConsentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  consentId!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  note?: string;
}
