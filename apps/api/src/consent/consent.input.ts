import { ConsentPurpose } from '@gezinsplan/access-policy';
import { INFORMATION_CATEGORIES, InformationCategory } from '@gezinsplan/domain';
import { Field, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { InformationCategoryEnum } from '../common/graphql/domain-enums';
import { IdList, OptionalDate, RequiredId } from '../common/graphql/input-fields';
import { ConsentPurposeEnum } from './consent-enums';

@InputType()
export class RecordConsentInput {
  @RequiredId()
  familyId!: string;

  @RequiredId('Whose information may be shared.')
  subjectMemberId!: string;

  @Field(() => ConsentPurposeEnum)
  @IsIn(Object.values(ConsentPurpose))
  purpose!: ConsentPurpose;

  @IdList({
    atMost: 50,
    defaultValue: [],
    description: 'For PLAN_EXCHANGE: the involvements that may receive.',
  })
  recipientInvolvementIds!: string[];

  @Field(() => [InformationCategoryEnum], {
    defaultValue: [],
    description: 'For PLAN_EXCHANGE: what may be shared; for SHARE_AGREED_PLAN: the agreements of these categories.',
  })
  @IsIn(INFORMATION_CATEGORIES, { each: true })
  categories!: InformationCategory[];

  @IdList({ atMost: 10, description: 'The family members who gave their consent.' })
  givenByMemberIds!: string[];

  @OptionalDate('YYYY-MM-DD; today when absent.')
  validFrom?: string;

  @OptionalDate()
  validUntil?: string;
}

@InputType()
export class GiveConsentInput {
  @RequiredId()
  consentId!: string;

  @RequiredId()
  memberId!: string;
}

@InputType({ description: 'The certified institution holding parental authority gives its consent, through its professional.' })
export class GiveInstitutionConsentInput {
  @RequiredId()
  consentId!: string;
}

@InputType()
export class WithdrawConsentInput {
  @RequiredId()
  consentId!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  note?: string;
}
