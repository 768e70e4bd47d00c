import { Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';
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
}
