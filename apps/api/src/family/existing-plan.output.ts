import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';

export type ExistingPlanMatch = 'BSN' | 'NAME_AND_DATE_OF_BIRTH';
export const ExistingPlanMatchEnum = { BSN: 'BSN', NAME_AND_DATE_OF_BIRTH: 'NAME_AND_DATE_OF_BIRTH' } as const;
registerEnumType(ExistingPlanMatchEnum, {
  name: 'ExistingPlanMatch',
  description: 'How a person was recognised: by BSN (certain), or by name and date of birth (the starter may confirm it is someone else).',
});

@ObjectType('ExistingPlan', {
  description: 'A person is already in a family with an active plan: how to reach its regisseur. Nothing of the family or its plan.',
})
export class ExistingPlanOutput {
  @Field(() => ExistingPlanMatchEnum)
  matchedBy!: ExistingPlanMatch;

  @Field()
  regisseurName!: string;

  @Field(() => String, { nullable: true })
  organisationName!: string | null;

  @Field(() => String, { nullable: true, description: 'The regisseur’s work phone.' })
  phone!: string | null;

  @Field()
  email!: string;
}
