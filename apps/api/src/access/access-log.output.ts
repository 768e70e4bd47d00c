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

  @Field(() => ID, { nullable: true, description: 'The family read or changed, or the one a refused attempt or duplicate check aimed at.' })
  familyId!: string | null;

  @Field({ description: 'READ, CREATE, UPDATE, REMOVE, RESPOND, ADOPT, COORDINATE, LOOKUP, or REFUSED (NOT_FOUND or FORBIDDEN answered).' })
  action!: string;

  @Field({ description: 'The basis of the access; for REFUSED the answer given: NOT_FOUND or FORBIDDEN.' })
  basis!: string;

  @Field(() => String, { nullable: true, description: 'What was asked for: a list ("plan", "family") or a kind of record.' })
  list!: string | null;

  @Field(() => String, { nullable: true })
  requestId!: string | null;

  @Field(() => String, { nullable: true })
  clientAddress!: string | null;
}
