import { SIGNAL_DOMAINS, SignalDomain } from '@gezinsplan/domain';
import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsDateString,
  IsIn,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { FamilyMemberInput } from '../family/family.input';
import { SignalDomainEnum } from './signal-enums';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const postcode = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.replace(/\s+/g, '').toUpperCase() : value);

@InputType({ description: 'Only who and where: a signal never carries what the worry is about.' })
export class RegisterSignalInput {
  @Field({ description: 'Citizen service number; must pass the eleven-test.' })
  @Transform(trim)
  @Matches(/^\d{9}$/, { message: 'must be nine digits' })
  bsn!: string;

  @Field()
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'enter a given name' })
  @MaxLength(100)
  givenName!: string;

  @Field()
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'enter a family name' })
  @MaxLength(100)
  familyName!: string;

  @Field({ description: 'YYYY-MM-DD; the young person must be under 23.' })
  @IsDateString({ strict: true }, { message: 'must be a date (YYYY-MM-DD)' })
  dateOfBirth!: string;

  @Field()
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'enter the street' })
  @MaxLength(200)
  street!: string;

  @Field()
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'enter the house number' })
  @MaxLength(20)
  houseNumber!: string;

  @Field({ description: 'Dutch postcode, e.g. 3511 AB.' })
  @Transform(postcode)
  @Matches(/^\d{4}[A-Z]{2}$/, { message: 'must be a Dutch postcode such as 3511 AB' })
  postcode!: string;

  @Field()
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'enter the city' })
  @MaxLength(100)
  city!: string;

  @Field(() => [String], { defaultValue: [], description: 'The parents’ BSNs, when known: they link siblings.' })
  @ArrayMaxSize(4)
  @Matches(/^\d{9}$/, { each: true, message: 'each must be nine digits' })
  parentBsns!: string[];

  @Field(() => SignalDomainEnum)
  @IsIn(SIGNAL_DOMAINS)
  domain!: SignalDomain;

  @Field({ description: 'How colleagues reach you about this young person.' })
  @IsString()
  @MinLength(3, { message: 'enter a phone number' })
  @MaxLength(50)
  contactPhone!: string;

  @Field(() => String, { nullable: true, description: 'When the young person and/or the parents were told.' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'must be a date and time' })
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
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  signalId!: string;
}

@InputType({ description: 'Starts one family plan from a match.' })
export class StartPlanFromMatchInput {
  @Field(() => [ID], { description: 'The signalled young people who belong to this family.' })
  @IsUUID('all', { each: true, message: 'must be ids' })
  @ArrayMinSize(1, { message: 'choose at least one young person' })
  @ArrayMaxSize(10)
  subjectIds!: string[];

  @Field()
  @IsString()
  @MinLength(1, { message: 'enter a name for the family' })
  @MaxLength(200)
  familyName!: string;

  @Field(() => [FamilyMemberInput], { defaultValue: [], description: 'Parents and other household members.' })
  @ValidateNested({ each: true })
  @Type(() => FamilyMemberInput)
  @ArrayMaxSize(10)
  otherMembers!: FamilyMemberInput[];

  @Field(() => ID, { description: 'The signal whose professional becomes regisseur, as confirmed.' })
  @IsUUID('all', { message: 'must be an id' })
  regisseurSignalId!: string;

  @Field({ description: 'The proposal was discussed with the professionals and confirmed.' })
  @IsBoolean()
  regisseurConfirmed!: boolean;
}
