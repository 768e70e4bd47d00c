import { FamilyRole, InformationCategory } from '@gezinsplan/domain';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { FamilyRoleEnum, InformationCategoryEnum } from '../common/graphql/domain-enums';

@ObjectType('Family')
export class FamilyOutput {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field({ description: 'When the plan last changed; six weeks without change counts as stagnation.' })
  lastPlanChangeAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the regisseur closed the plan; null while it is open. A closed plan is read-only.' })
  closedAt!: Date | null;
}

@ObjectType('FamilyMember')
export class FamilyMemberOutput {
  @Field(() => ID)
  id!: string;

  @Field()
  givenName!: string;

  @Field()
  familyName!: string;

  @Field(() => FamilyRoleEnum)
  role!: FamilyRole;

  @Field(() => String, { nullable: true, description: 'Not shown to the network.' })
  dateOfBirth!: string | null;

  @Field(() => Int, { nullable: true, description: 'Age today; not shown to the network.' })
  age!: number | null;

  @Field()
  hasParentalAuthority!: boolean;

  @Field()
  livesAtHome!: boolean;

  @Field(() => Int, { description: 'Raised by every correction; send it back with the next one.' })
  version!: number;

  /** Not a GraphQL field: lets the member's own field resolvers find its family. */
  familyId!: string;
}

@ObjectType('NetworkMember')
export class NetworkMemberOutput {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  relation!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Null for a professional whose task does not include safety (docs/access-rules.md).',
  })
  phone!: string | null;

  @Field(() => String, { nullable: true, description: 'Null where the phone number is.' })
  email!: string | null;

  @Field(() => Int, { description: 'Raised by every correction; send it back with the next one.' })
  version!: number;

  /** Not a GraphQL field: lets the network member's own field resolvers find its family. */
  familyId!: string;
}

@ObjectType('Involvement', { description: 'A professional’s task with this family. Everyone involved sees this list; the family and network not every task.' })
export class InvolvementOutput {
  @Field(() => ID)
  id!: string;

  @Field()
  professionalName!: string;

  @Field(() => String, { nullable: true })
  discipline!: string | null;

  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Field()
  email!: string;

  @Field(() => ID, { description: 'The organisation: a certified institution holding parental authority is named by it.' })
  organisationId!: string;

  @Field()
  organisationName!: string;

  @Field()
  organisationType!: string;

  @Field(() => String, {
    nullable: true,
    description: 'What the professional does; null where the reader may not know it: for a partner a task that works on nothing they read about the same person (safety and the regisseur’s excepted), for the family a task about members whose items they may not read (docs/access-rules.md).',
  })
  task!: string | null;

  @Field(() => [InformationCategoryEnum])
  categories!: InformationCategory[];

  @Field(() => [ID])
  memberIds!: string[];

  @Field()
  startsOn!: string;

  @Field(() => String, { nullable: true })
  endsOn!: string | null;

  @Field(() => Date, { nullable: true })
  endedAt!: Date | null;

  @Field(() => String, { nullable: true })
  endedReason!: string | null;

  @Field()
  isRegisseur!: boolean;

  @Field(() => Int)
  version!: number;
}

@ObjectType('RegisseurTerm', { description: 'One period in which someone was the family’s regisseur.' })
export class RegisseurTermOutput {
  @Field(() => ID)
  involvementId!: string;

  @Field()
  professionalName!: string;

  @Field()
  organisationName!: string;

  @Field()
  startedAt!: Date;

  @Field(() => Date, { nullable: true })
  endedAt!: Date | null;

  @Field(() => String, { nullable: true })
  handoverNote!: string | null;
}

@ObjectType('MyRelation', { description: 'How the signed-in person relates to this family.' })
export class MyRelationOutput {
  @Field({ description: 'PROFESSIONAL, FAMILY_MEMBER or NETWORK_MEMBER.' })
  type!: string;

  @Field(() => ID, { nullable: true })
  involvementId!: string | null;

  @Field(() => ID, { nullable: true })
  memberId!: string | null;

  @Field(() => ID, { nullable: true })
  networkMemberId!: string | null;

  @Field()
  isRegisseur!: boolean;
}
