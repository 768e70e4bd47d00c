import { SIGNAL_DOMAINS, SignalDomain } from '@gezinsplan/domain';
import { Field, InputType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsIn, IsOptional, IsString, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import {
  IdList,
  IsPhoneNumber,
  OptionalDateTime,
  RequiredDate,
  RequiredId,
  RequiredText,
  trimmed,
} from '../common/graphql/input-fields';
import { FamilyMemberInput } from '../family/family.input';
import { SignalDomainEnum } from './signal-enums';

const postcode = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.replace(/\s+/g, '').toUpperCase() : value);

@InputType({ description: 'Only who and where: a signal never carries what the worry is about.' })
export class RegisterSignalInput {
  @Field({ description: 'Citizen service number; must pass the eleven-test.' })
  @Transform(trimmed)
  @Matches(/^\d{9}$/, { message: 'must be nine digits' })
  bsn!: string;

  @RequiredText({ minLength: 1, tooShort: 'enter a given name', maxLength: 100, trim: true })
  givenName!: string;

  @RequiredText({ minLength: 1, tooShort: 'enter a family name', maxLength: 100, trim: true })
  familyName!: string;

  @RequiredDate('YYYY-MM-DD; the young person must be under 23.')
  dateOfBirth!: string;

  @RequiredText({ minLength: 1, tooShort: 'enter the street', maxLength: 200, trim: true })
  street!: string;

  @RequiredText({ minLength: 1, tooShort: 'enter the house number', maxLength: 20, trim: true })
  houseNumber!: string;

  @Field({ description: 'Dutch postcode, e.g. 3511 AB.' })
  @Transform(postcode)
  @Matches(/^\d{4}[A-Z]{2}$/, { message: 'must be a Dutch postcode such as 3511 AB' })
  postcode!: string;

  @RequiredText({ minLength: 1, tooShort: 'enter the city', maxLength: 100, trim: true })
  city!: string;

  @Field(() => [String], { defaultValue: [], description: 'The parents’ BSNs, when known: they link siblings.' })
  @ArrayMaxSize(4)
  @Matches(/^\d{9}$/, { each: true, message: 'each must be nine digits' })
  parentBsns!: string[];

  @Field(() => SignalDomainEnum)
  @IsIn(SIGNAL_DOMAINS)
  domain!: SignalDomain;

  @RequiredText({
    minLength: 3,
    tooShort: 'enter a phone number',
    maxLength: 50,
    description: 'How colleagues reach you about this young person.',
  })
  @IsPhoneNumber()
  contactPhone!: string;

  @OptionalDateTime('When the young person and/or the parents were told.')
  informedAt?: string;

  @Field(() => String, { nullable: true, description: 'Why they have not been told yet.' })
  @IsOptional()
  @IsString()
  @MinLength(10, { message: 'explain why they have not been told yet' })
  @MaxLength(2000)
  notInformedReason?: string;
}

@InputType()
export class WithdrawSignalInput {
  @RequiredId()
  signalId!: string;
}

@InputType({ description: 'Starts one family plan from a match.' })
export class StartPlanFromMatchInput {
  @IdList({
    empty: 'choose at least one young person',
    atMost: 10,
    description: 'The signalled young people who belong to this family.',
  })
  subjectIds!: string[];

  @RequiredText({ minLength: 1, tooShort: 'enter a name for the family', maxLength: 200 })
  familyName!: string;

  @Field(() => [FamilyMemberInput], { defaultValue: [], description: 'Parents and other household members.' })
  @ValidateNested({ each: true })
  @Type(() => FamilyMemberInput)
  @ArrayMaxSize(10)
  otherMembers!: FamilyMemberInput[];

  @RequiredId('The signal whose professional is proposed as regisseur, as confirmed: they become regisseur when they accept; until then the starter is.')
  regisseurSignalId!: string;

  @Field({ description: 'The proposal was discussed with the professionals and confirmed.' })
  @IsBoolean()
  regisseurConfirmed!: boolean;
}
