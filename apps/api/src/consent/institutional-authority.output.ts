import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('InstitutionalAuthority', {
  description: 'Parental authority over a minor that lies with a certified institution (gecertificeerde instelling).',
})
export class InstitutionalAuthorityOutput {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  memberId!: string;

  @Field(() => ID)
  organisationId!: string;

  @Field()
  organisationName!: string;

  @Field()
  startsOn!: string;

  @Field(() => String, { nullable: true, description: 'The last day; null while it lasts.' })
  endsOn!: string | null;

  @Field()
  ruling!: string;

  @Field()
  recordedAt!: Date;

  @Field()
  recordedByName!: string;
}
