import { Field, Int, ObjectType } from '@nestjs/graphql';
import { PartyOutput } from '../plan/plan-item.output';

@ObjectType('NetworkMemberVersion', {
  description:
    'Earlier details of a network member, kept when the regisseur corrected them: what they were, when and by whom they were replaced. Phone and e-mail only for those who see them today.',
})
export class NetworkMemberVersionOutput {
  @Field(() => Int)
  version!: number;

  @Field()
  name!: string;

  @Field()
  relation!: string;

  @Field(() => String, { nullable: true, description: 'Null when it was empty, or for a reader who does not see network members’ contact details.' })
  phone!: string | null;

  @Field(() => String, { nullable: true, description: 'Null when it was empty, or for a reader who does not see network members’ contact details.' })
  email!: string | null;

  @Field({ description: 'When these details were replaced by the next version.' })
  replacedAt!: Date;

  @Field(() => PartyOutput, { nullable: true, description: 'Who replaced them; null when the reader may not see who.' })
  replacedBy!: PartyOutput | null;
}
