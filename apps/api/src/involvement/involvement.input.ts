import { INFORMATION_CATEGORIES, InformationCategory } from '@gezinsplan/domain';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMinSize, IsDateString, IsIn, IsEmail, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min, MinLength } from 'class-validator';
import { InformationCategoryEnum } from '../common/graphql/domain-enums';

@InputType()
export class InviteInvolvementInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  familyId!: string;

  @Field({ description: 'The professional’s e-mail address, as their organisation registered it.' })
  @IsEmail({}, { message: 'enter a valid e-mail address' })
  professionalEmail!: string;

  @Field({ description: 'A concrete task, e.g. "school: attendance and Lisanne’s wellbeing in class".' })
  @IsString()
  @MinLength(3, { message: 'describe the task' })
  @MaxLength(500)
  task!: string;

  @Field(() => [InformationCategoryEnum])
  @ArrayMinSize(1, { message: 'name at least one category the task needs' })
  @IsIn(INFORMATION_CATEGORIES, { each: true })
  categories!: InformationCategory[];

  @Field(() => [ID])
  @IsUUID('all', { each: true, message: 'must be member ids' })
  @ArrayMinSize(1, { message: 'name the family members the task concerns' })
  memberIds!: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsDateString({ strict: true }, { message: 'must be a date (YYYY-MM-DD)' })
  startsOn?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsDateString({ strict: true }, { message: 'must be a date (YYYY-MM-DD)' })
  endsOn?: string;
}

@InputType()
export class EndInvolvementInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  involvementId!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  expectedVersion!: number;

  @Field()
  @IsString()
  @MinLength(3, { message: 'give the reason the involvement ends' })
  @MaxLength(2000)
  reason!: string;
}

@InputType()
export class HandOverRegisseurInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  familyId!: string;

  @Field(() => ID, { description: 'The active involvement that takes over.' })
  @IsUUID('all', { message: 'must be an id' })
  toInvolvementId!: string;

  @Field({ description: 'What the next regisseur needs to know.' })
  @IsString()
  @MinLength(10, { message: 'write a handover note for the next regisseur' })
  @MaxLength(10_000)
  note!: string;
}
