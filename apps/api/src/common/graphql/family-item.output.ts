import { Field, ID, ObjectType } from '@nestjs/graphql';

/**
 * What a professional's lists across families (overview, agenda) say of one
 * plan item: whose family, which item, and an agreement's stub where its
 * content is not theirs to read.
 */
@ObjectType({ isAbstract: true })
export abstract class FamilyItemOutput {
  @Field(() => ID)
  familyId!: string;

  @Field()
  familyName!: string;

  @Field(() => ID)
  itemId!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Null when this professional may not read the content: an agreement’s stub (who, by when, status) remains.',
  })
  text!: string | null;

  @Field(() => String, { nullable: true })
  status!: string | null;

  @Field(() => String, { nullable: true, description: 'Agreements: who carries it.' })
  assigneeName!: string | null;
}
