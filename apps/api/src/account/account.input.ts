import { ORGANISATION_TYPES, OrganisationType } from '@gezinsplan/domain';
import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsIn } from 'class-validator';
import { OptionalId, OptionalPhone, OptionalText, RequiredEmail, RequiredId, RequiredText } from '../common/graphql/input-fields';
import { OrganisationTypeEnum } from '../organisation/organisation.output';

@InputType()
export class CreateOrganisationInput {
  @RequiredText({ minLength: 2, tooShort: 'enter the organisation’s name', maxLength: 200, trim: true })
  name!: string;

  @Field(() => OrganisationTypeEnum)
  @IsIn(ORGANISATION_TYPES)
  type!: OrganisationType;
}

@InputType({ description: 'A professional or organisation administrator; they receive an activation link.' })
export class CreateAccountInput {
  @RequiredEmail()
  email!: string;

  @RequiredText({ minLength: 2, tooShort: 'enter the name', maxLength: 200, trim: true })
  displayName!: string;

  @Field({ description: 'PROFESSIONAL or ORGANISATION_ADMIN.' })
  @IsIn(['PROFESSIONAL', 'ORGANISATION_ADMIN'], { message: 'must be PROFESSIONAL or ORGANISATION_ADMIN' })
  kind!: 'PROFESSIONAL' | 'ORGANISATION_ADMIN';

  @OptionalId('Required for a platform administrator; an organisation administrator creates in their own.')
  organisationId?: string;

  @OptionalText(200, 'For example "intern begeleider" or "gezinsvoogd".')
  discipline?: string;

  @OptionalPhone()
  phone?: string;
}

@InputType()
export class SetAccountDisabledInput {
  @RequiredId()
  accountId!: string;

  @Field()
  @IsBoolean()
  disabled!: boolean;
}

@InputType()
export class ActivateAccountInput {
  @RequiredText({ minLength: 20, tooShort: 'this activation link is incomplete' })
  token!: string;

  @RequiredText({ minLength: 12, tooShort: 'choose a password of at least 12 characters' })
  password!: string;
}

@InputType()
export class SendPasswordResetLinkInput {
  @RequiredId()
  accountId!: string;
}

@InputType({ description: 'Asks for a password reset link; answered alike whether the address is known or not.' })
export class RequestPasswordResetInput {
  @RequiredEmail()
  email!: string;
}

@InputType()
export class ResetPasswordInput {
  @RequiredText({ minLength: 20, tooShort: 'this reset link is incomplete' })
  token!: string;

  @RequiredText({ minLength: 12, tooShort: 'choose a password of at least 12 characters', maxLength: 1024 })
  password!: string;
}

@InputType()
export class ResendActivationLinkInput {
  @RequiredId()
  accountId!: string;
}

@InputType({ description: 'A family member or a network member of one family: name exactly one of the two.' })
export class PortalInviteeInput {
  @RequiredId()
  familyId!: string;

  @OptionalId()
  memberId?: string | null;

  @OptionalId()
  networkMemberId?: string | null;
}

@InputType({ description: 'The regisseur gives a family member (12 or over) or network member a portal account.' })
export class InviteToPortalInput extends PortalInviteeInput {
  @RequiredEmail()
  email!: string;
}
