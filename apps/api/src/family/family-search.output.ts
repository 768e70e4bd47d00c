import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('FamilySearchMember', { description: 'A member of a found family whose name or date of birth matched.' })
export class FamilySearchMemberOutput {
  @Field(() => ID)
  id!: string;

  @Field()
  givenName!: string;

  @Field()
  familyName!: string;

  @Field()
  dateOfBirth!: string;
}

@ObjectType('FamilySearchResult', { description: 'One of my families that matched; only families I am involved in today.' })
export class FamilySearchResultOutput {
  @Field(() => ID)
  familyId!: string;

  @Field()
  name!: string;

  @Field({ description: 'True when the family’s own name matched.' })
  nameMatched!: boolean;

  @Field(() => [FamilySearchMemberOutput])
  matchingMembers!: FamilySearchMemberOutput[];
}
