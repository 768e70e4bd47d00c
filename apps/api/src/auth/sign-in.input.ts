import { Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEmail, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { trimmed } from '../common/graphql/input-fields';

@InputType()
export class SignInInput {
  @Field()
  @Transform(trimmed)
  @IsEmail({}, { message: 'enter a valid e-mail address' })
  @MaxLength(254, { message: 'an e-mail address has at most 254 characters' })
  email!: string;

  @Field()
  @IsString()
  @MinLength(1, { message: 'enter your password' })
  password!: string;

  @Field(() => String, {
    nullable: true,
    description: 'From the link of a portal invitation to an address that already has an account: signing in accepts it.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  invitationToken?: string | null;
}
