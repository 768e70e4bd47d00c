import { ORGANISATION_TYPES, OrganisationType } from '@gezinsplan/domain';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { registerDomainEnum } from '../common/graphql/register-enum';

export const OrganisationTypeEnum = registerDomainEnum('OrganisationType', ORGANISATION_TYPES);

@ObjectType('Organisation')
export class OrganisationOutput {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => OrganisationTypeEnum)
  type!: OrganisationType;
}
