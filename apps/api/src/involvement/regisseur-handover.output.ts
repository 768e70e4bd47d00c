import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('RegisseurHandoverProposal', {
  description:
    'A proposal to hand the regisseur role over, waiting for the proposed professional to accept. Seen only by the regisseur and the proposed professional.',
})
export class RegisseurHandoverProposalOutput {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  familyId!: string;

  @Field()
  familyName!: string;

  @Field(() => ID, { description: 'The involvement that takes over once its professional accepts.' })
  toInvolvementId!: string;

  @Field()
  toProfessionalName!: string;

  @Field()
  proposedByName!: string;

  @Field(() => String, { nullable: true, description: 'The handover note for the next regisseur.' })
  note!: string | null;

  @Field()
  proposedAt!: Date;
}
