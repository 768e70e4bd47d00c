import { PORTAL_ACCESS_STATES } from '@gezinsplan/domain';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { registerDomainEnum } from '../common/graphql/register-enum';

export const PortalAccessEnum = registerDomainEnum('PortalAccess', PORTAL_ACCESS_STATES);

@ObjectType('ManagedAccount', { description: 'An account as its administrators see it: no case content.' })
export class ManagedAccountOutput {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field()
  displayName!: string;

  @Field()
  kind!: string;

  @Field(() => ID, { nullable: true })
  organisationId!: string | null;

  @Field(() => String, { nullable: true })
  discipline!: string | null;

  @Field({ description: 'False until the owner has chosen a password.' })
  activated!: boolean;

  @Field(() => Date, { nullable: true })
  disabledAt!: Date | null;
}
