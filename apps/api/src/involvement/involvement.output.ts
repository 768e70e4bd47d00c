import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('InvitableProfessional', {
  description: 'A professional the regisseur can invite: who and how to reach them, nothing about any family.',
})
export class InvitableProfessionalOutput {
  @Field(() => ID)
  id!: string;

  @Field()
  displayName!: string;

  @Field(() => String, { nullable: true })
  discipline!: string | null;

  @Field({ description: 'What inviteInvolvement takes as professionalEmail.' })
  email!: string;
}
