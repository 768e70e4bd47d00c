import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('AccessLogEntry', { description: 'Who read or changed this family’s information, when, and on which basis.' })
export class AccessLogEntryOutput {
  @Field(() => ID)
  id!: string;

  @Field()
  at!: Date;

  @Field()
  accountName!: string;

  @Field()
  accountKind!: string;

  @Field(() => String, { nullable: true })
  organisationName!: string | null;

  @Field({ description: 'READ, CREATE, UPDATE, REMOVE, RESPOND, ADOPT or COORDINATE.' })
  action!: string;

  @Field(() => String, { nullable: true })
  list!: string | null;

  @Field(() => ID, { nullable: true })
  itemId!: string | null;

  @Field({ description: 'REGISSEUR, INVOLVEMENT_TASK, FAMILY_OWN or NETWORK_ROLE.' })
  basis!: string;

  @Field(() => [ID])
  consentIds!: string[];

  @Field(() => [ID])
  legalBasisIds!: string[];
}

@ObjectType('AccessLogMetadata', {
  description: 'For administrators investigating: when and by which account, never which content.',
})
export class AccessLogMetadataOutput {
  @Field(() => ID)
  id!: string;

  @Field()
  at!: Date;

  @Field(() => ID)
  accountId!: string;

  @Field()
  accountKind!: string;

  @Field(() => ID, { nullable: true })
  familyId!: string | null;

  @Field()
  action!: string;

  @Field()
  basis!: string;

  @Field(() => String, { nullable: true })
  requestId!: string | null;

  @Field(() => String, { nullable: true })
  clientAddress!: string | null;
}
