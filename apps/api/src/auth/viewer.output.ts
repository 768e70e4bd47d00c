import { ACCOUNT_KINDS, AccountKind } from '@gezinsplan/domain';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { registerDomainEnum } from '../common/graphql/register-enum';
import { OrganisationOutput } from '../organisation/organisation.output';

export const AccountKindEnum = registerDomainEnum('AccountKind', ACCOUNT_KINDS);

@ObjectType('Viewer', { description: 'The signed-in account.' })
export class ViewerOutput {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field()
  displayName!: string;

  @Field(() => AccountKindEnum)
  kind!: AccountKind;

  @Field(() => OrganisationOutput, { nullable: true })
  organisation!: OrganisationOutput | null;

  @Field(() => [String], { description: 'Platform permissions; case access is decided per family.' })
  permissions!: string[];
}
