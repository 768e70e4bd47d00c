import { ConsentPurpose } from '@gezinsplan/access-policy';
import { InformationCategory } from '@gezinsplan/domain';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { InformationCategoryEnum } from '../common/graphql/domain-enums';
import { ConsentPurposeEnum } from './consent-enums';

@ObjectType('ConsentGiven')
export class ConsentGivenOutput {
  @Field(() => ID)
  memberId!: string;

  @Field()
  name!: string;

  @Field()
  givenAt!: Date;
}

@ObjectType('ConsentGivenByInstitution', { description: 'A certified institution holding parental authority gave this consent.' })
export class ConsentGivenByInstitutionOutput {
  @Field(() => ID)
  organisationId!: string;

  @Field()
  name!: string;

  @Field()
  givenAt!: Date;
}

@ObjectType('Consent')
export class ConsentOutput {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  subjectMemberId!: string;

  @Field(() => ConsentPurposeEnum)
  purpose!: ConsentPurpose;

  @Field(() => [ID])
  recipientInvolvementIds!: string[];

  @Field(() => [InformationCategoryEnum])
  categories!: InformationCategory[];

  @Field()
  validFrom!: string;

  @Field(() => String, { nullable: true })
  validUntil!: string | null;

  @Field()
  recordedAt!: Date;

  @Field()
  recordedByName!: string;

  @Field(() => [ConsentGivenOutput])
  givenBy!: ConsentGivenOutput[];

  @Field(() => [ConsentGivenByInstitutionOutput])
  givenByInstitutions!: ConsentGivenByInstitutionOutput[];

  @Field(() => [ID], { description: 'Who must consent today, computed from the dates of birth.' })
  requiredConsenterIds!: string[];

  @Field(() => ID, { nullable: true, description: 'The certified institution (organisation) that must consent today, if it holds authority.' })
  requiredInstitutionId!: string | null;

  @Field({ description: 'Current, not withdrawn, and given by everyone who must consent today.' })
  effective!: boolean;

  @Field(() => Date, { nullable: true })
  withdrawnAt!: Date | null;

  @Field(() => String, { nullable: true })
  withdrawalNote!: string | null;
}

@ObjectType('ConsentRequirement', { description: 'Who must consent to sharing information about one member, today.' })
export class ConsentRequirementOutput {
  @Field(() => ID)
  memberId!: string;

  @Field(() => [ID])
  requiredConsenterIds!: string[];

  @Field(() => ID, {
    nullable: true,
    description: 'The certified institution (organisation) holding parental authority, which consents in the parents’ place.',
  })
  requiredInstitutionId!: string | null;

  @Field({ description: 'UNDER_12, FROM_12_TO_15, FROM_16 or ADULT.' })
  rule!: string;
}
