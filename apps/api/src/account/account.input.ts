import { ORGANISATION_TYPES, OrganisationType } from '@gezinsplan/domain';
import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { OptionalText } from '../common/graphql/input-fields';
import { OrganisationTypeEnum } from '../organisation/organisation.output';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

@InputType()
export class CreateOrganisationInput {
  @Field()
  @Transform(trim)
  @IsString()
  @MinLength(2, { message: 'enter the organisation’s name' })
  @MaxLength(200)
  name!: string;

  @Field(() => OrganisationTypeEnum)
  @IsIn(ORGANISATION_TYPES)
  type!: OrganisationType;
}

@InputType({ description: 'A professional or organisation administrator; they receive an activation link.' })
export class CreateAccountInput {
  @Field()
  @Transform(trim)
  @IsEmail({}, { message: 'enter a valid e-mail address' })
  @MaxLength(254)
  email!: string;

  @Field()
  @Transform(trim)
  @IsString()
  @MinLength(2, { message: 'enter the name' })
  @MaxLength(200)
  displayName!: string;

  @Field({ description: 'PROFESSIONAL or ORGANISATION_ADMIN.' })
  @IsIn(['PROFESSIONAL', 'ORGANISATION_ADMIN'], { message: 'must be PROFESSIONAL or ORGANISATION_ADMIN' })
  kind!: 'PROFESSIONAL' | 'ORGANISATION_ADMIN';

  @Field(() => ID, { nullable: true, description: 'Required for a platform administrator; an organisation administrator creates in their own.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be an id' })
  organisationId?: string;

  @OptionalText(200, 'For example "intern begeleider" or "gezinsvoogd".')
  discipline?: string;

  @OptionalText(50)
  phone?: string;
}

@InputType()
export class SetAccountDisabledInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  accountId!: string;

  @Field()
  @IsBoolean()
  disabled!: boolean;
}

@InputType()
export class ActivateAccountInput {
  @Field()
  @IsString()
  @MinLength(20, { message: 'this activation link is incomplete' })
  token!: string;

  @Field()
  @IsString()
  @MinLength(12, { message: 'choose a password of at least 12 characters' })
  @MaxLength(1024)
  password!: string;
}

@InputType()
export class ResendActivationLinkInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  accountId!: string;
}

@InputType({ description: 'A family member or a network member of one family: name exactly one of the two.' })
export class PortalInviteeInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  familyId!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be an id' })
  memberId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be an id' })
  networkMemberId?: string | null;
}

@InputType({ description: 'The regisseur gives a family member (12 or over) or network member a portal account.' })
export class InviteToPortalInput extends PortalInviteeInput {
  @Field()
  @Transform(trim)
  @IsEmail({}, { message: 'enter a valid e-mail address' })
  @MaxLength(254)
  email!: string;
}
