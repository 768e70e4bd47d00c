import { FamilyRole, INFORMATION_CATEGORIES, InformationCategory } from '@gezinsplan/domain';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsDateString,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { FamilyRoleEnum, InformationCategoryEnum } from '../common/graphql/domain-enums';

@InputType()
export class FamilyMemberInput {
  @Field()
  @IsString()
  @MinLength(1, { message: 'enter a given name' })
  @MaxLength(100)
  givenName!: string;

  @Field()
  @IsString()
  @MinLength(1, { message: 'enter a family name' })
  @MaxLength(100)
  familyName!: string;

  @Field(() => FamilyRoleEnum)
  @IsIn(['PARENT', 'CHILD', 'OTHER_HOUSEHOLD_MEMBER'])
  role!: FamilyRole;

  @Field({ description: 'YYYY-MM-DD' })
  @IsDateString({ strict: true }, { message: 'must be a date (YYYY-MM-DD)' })
  dateOfBirth!: string;

  @Field({ defaultValue: false })
  @IsBoolean()
  hasParentalAuthority!: boolean;

  @Field({ defaultValue: true })
  @IsBoolean()
  livesAtHome!: boolean;
}

@InputType()
export class NetworkMemberInput {
  @Field()
  @IsString()
  @MinLength(1, { message: 'enter a name' })
  @MaxLength(200)
  name!: string;

  @Field({ description: 'In the family’s words: grandmother, neighbour, football coach.' })
  @IsString()
  @MinLength(1, { message: 'say how this person relates to the family' })
  @MaxLength(100)
  relation!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  phone?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'enter a valid e-mail address' })
  email?: string;
}

@InputType()
export class CreateFamilyInput {
  @Field({ description: 'How the family is known in the plan, e.g. "Gezin De Boer".' })
  @IsString()
  @MinLength(1, { message: 'enter a name for the family' })
  @MaxLength(200)
  name!: string;

  @Field(() => [FamilyMemberInput])
  @ValidateNested({ each: true })
  @Type(() => FamilyMemberInput)
  @ArrayMinSize(1, { message: 'a family has at least one member' })
  @ArrayMaxSize(30)
  members!: FamilyMemberInput[];

  @Field(() => [NetworkMemberInput], { defaultValue: [] })
  @ValidateNested({ each: true })
  @Type(() => NetworkMemberInput)
  @ArrayMaxSize(50)
  network!: NetworkMemberInput[];

  @Field({ description: 'The creator becomes regisseur with this task.' })
  @IsString()
  @MinLength(3, { message: 'describe your task with this family' })
  @MaxLength(500)
  regisseurTask!: string;

  @Field(() => [InformationCategoryEnum], { defaultValue: ['GENERAL', 'SAFETY'] })
  @ArrayMinSize(1)
  @IsIn(INFORMATION_CATEGORIES, { each: true })
  regisseurCategories!: InformationCategory[];
}

@InputType()
export class AddFamilyMemberInput extends FamilyMemberInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  familyId!: string;
}

@InputType()
export class AddNetworkMemberInput extends NetworkMemberInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  familyId!: string;
}

@InputType({ description: 'A correction of a member’s details: every field as it should be from now on.' })
export class UpdateFamilyMemberInput extends FamilyMemberInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  id!: string;

  @Field(() => Int, { description: 'The version you corrected; a newer one on the server gives CONFLICT.' })
  @IsInt()
  @Min(1)
  expectedVersion!: number;
}
