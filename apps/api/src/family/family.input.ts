import { FAMILY_ROLES, FamilyRole, InformationCategory } from '@gezinsplan/domain';
import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsEmail, IsIn, IsOptional, ValidateNested } from 'class-validator';
import { FamilyRoleEnum } from '../common/graphql/domain-enums';
import { ExpectedVersion, InformationCategories, OptionalBsn, OptionalPhone, RequiredDate, RequiredId, RequiredText } from '../common/graphql/input-fields';

/** Who a member is; the two facts below differ between a new member and a correction. */
@InputType({ isAbstract: true })
abstract class FamilyMemberIdentityInput {
  @RequiredText({ minLength: 1, tooShort: 'enter a given name', maxLength: 100 })
  givenName!: string;

  @RequiredText({ minLength: 1, tooShort: 'enter a family name', maxLength: 100 })
  familyName!: string;

  @Field(() => FamilyRoleEnum)
  @IsIn(FAMILY_ROLES)
  role!: FamilyRole;

  @RequiredDate('YYYY-MM-DD')
  dateOfBirth!: string;
}

@InputType()
export class FamilyMemberInput extends FamilyMemberIdentityInput {
  @Field({ defaultValue: false })
  @IsBoolean()
  hasParentalAuthority!: boolean;

  @Field({ defaultValue: true })
  @IsBoolean()
  livesAtHome!: boolean;

  @OptionalBsn('Citizen service number, where known: nine digits passing the eleven-test. A person known by BSN is in at most one active plan.')
  bsn?: string | null;

  @Field({
    defaultValue: false,
    description:
      'The starter checked that someone with the same name and date of birth in another active plan (`peopleInActivePlans`) ' +
      'is a different person. Recorded in the access log; it never overrides a match by BSN.',
  })
  @IsBoolean()
  differentPersonConfirmed!: boolean;
}

@InputType()
export class NetworkMemberInput {
  @RequiredText({ minLength: 1, tooShort: 'enter a name', maxLength: 200 })
  name!: string;

  @RequiredText({
    minLength: 1,
    tooShort: 'say how this person relates to the family',
    maxLength: 100,
    description: 'In the family’s words: grandmother, neighbour, football coach.',
  })
  relation!: string;

  @OptionalPhone()
  phone?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'enter a valid e-mail address' })
  email?: string;
}

@InputType()
export class CreateFamilyInput {
  @RequiredText({
    minLength: 1,
    tooShort: 'enter a name for the family',
    maxLength: 200,
    description: 'How the family is known in the plan, e.g. "Gezin De Boer".',
  })
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

  @RequiredText({
    minLength: 3,
    tooShort: 'describe your task with this family',
    maxLength: 500,
    description: 'The creator becomes regisseur with this task.',
  })
  regisseurTask!: string;

  @InformationCategories({ defaultValue: ['GENERAL', 'SAFETY'] })
  regisseurCategories!: InformationCategory[];
}

@InputType()
export class AddFamilyMemberInput extends FamilyMemberInput {
  @RequiredId()
  familyId!: string;
}

@InputType()
export class AddNetworkMemberInput extends NetworkMemberInput {
  @RequiredId()
  familyId!: string;
}

@InputType({ description: 'A correction of a network member’s details: every field as it should be from now on.' })
export class UpdateNetworkMemberInput extends NetworkMemberInput {
  @RequiredId()
  id!: string;

  @ExpectedVersion('The version you corrected; a newer one on the server gives CONFLICT.')
  expectedVersion!: number;
}

@InputType({ description: 'A correction of a member’s details: every field as it should be from now on.' })
export class UpdateFamilyMemberInput extends FamilyMemberIdentityInput {
  @RequiredId()
  id!: string;

  // No defaults here: a correction that leaves authority out must not take it away.
  @Field()
  @IsBoolean()
  hasParentalAuthority!: boolean;

  @Field()
  @IsBoolean()
  livesAtHome!: boolean;

  @ExpectedVersion('The version you corrected; a newer one on the server gives CONFLICT.')
  expectedVersion!: number;
}
