import { LegalBasisKind } from '@gezinsplan/access-policy';
import { InformationCategory } from '@gezinsplan/domain';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { InformationCategoryEnum } from '../common/graphql/domain-enums';
import { LegalBasisKindEnum } from './consent-enums';

@ObjectType('LegalBasis', { description: 'A recorded basis for sharing without consent.' })
export class LegalBasisOutput {
  @Field(() => ID)
  id!: string;

  @Field(() => LegalBasisKindEnum)
  kind!: LegalBasisKind;

  @Field(() => String, { nullable: true })
  reference!: string | null;

  @Field(() => ID)
  recipientInvolvementId!: string;

  @Field(() => [ID])
  subjectMemberIds!: string[];

  @Field(() => [InformationCategoryEnum])
  categories!: InformationCategory[];

  @Field()
  purpose!: string;

  @Field()
  necessaryInformation!: string;

  @Field()
  proportionality!: string;

  @Field()
  subsidiarity!: string;

  @Field()
  professionalSecrecy!: string;

  @Field(() => Date, { nullable: true })
  familyInformedAt!: Date | null;

  @Field(() => String, { nullable: true })
  informingDelayReason!: string | null;

  @Field(() => String, { nullable: true })
  validUntil!: string | null;

  @Field()
  recordedAt!: Date;

  @Field()
  recordedByName!: string;

  @Field(() => Date, { nullable: true })
  revokedAt!: Date | null;
}
