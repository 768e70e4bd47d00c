import { InformationCategory } from '@gezinsplan/domain';
import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEmail, IsOptional, ValidateNested } from 'class-validator';
import {
  ExpectedVersion,
  IdList,
  InformationCategories,
  OptionalDate,
  RequiredId,
  RequiredText,
} from '../common/graphql/input-fields';
import { ToldAfterwardsInput } from '../consent/legal-basis.input';

@InputType()
export class InviteInvolvementInput {
  @RequiredId()
  familyId!: string;

  @Field({ description: 'The professional’s e-mail address, as their organisation registered it.' })
  @IsEmail({}, { message: 'enter a valid e-mail address' })
  professionalEmail!: string;

  @RequiredText({
    minLength: 3,
    tooShort: 'describe the task',
    maxLength: 500,
    description: 'A concrete task, e.g. "school: attendance and Lisanne’s wellbeing in class".',
  })
  task!: string;

  @InformationCategories({ empty: 'name at least one category the task needs' })
  categories!: InformationCategory[];

  @IdList({ empty: 'name the family members the task concerns' })
  memberIds!: string[];

  @OptionalDate()
  startsOn?: string;

  @OptionalDate()
  endsOn?: string;

  @Field(() => ToldAfterwardsInput, {
    nullable: true,
    description:
      'The family is told afterwards: the legal basis that admits this involvement, recorded with it. Left out, the family sees the involvement at once.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => ToldAfterwardsInput)
  familyToldAfterwards?: ToldAfterwardsInput;
}

@InputType()
export class EndInvolvementInput {
  @RequiredId()
  involvementId!: string;

  @ExpectedVersion()
  expectedVersion!: number;

  @RequiredText({ minLength: 3, tooShort: 'give the reason the involvement ends', maxLength: 2000 })
  reason!: string;

  @OptionalDate('The day access ends (YYYY-MM-DD, today or later); today or left out: at once.')
  endsOn?: string;
}

@InputType()
export class HandOverRegisseurInput {
  @RequiredId()
  familyId!: string;

  @RequiredId('The active involvement that takes over.')
  toInvolvementId!: string;

  @RequiredText({
    minLength: 10,
    tooShort: 'write a handover note for the next regisseur',
    maxLength: 10_000,
    description: 'What the next regisseur needs to know.',
  })
  note!: string;
}
