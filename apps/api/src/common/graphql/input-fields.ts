import { applyDecorators } from '@nestjs/common';
import { Field } from '@nestjs/graphql';
import { IsDateString, IsOptional, IsString, MaxLength } from 'class-validator';

/** An optional free-text input field with a length limit. */
export const OptionalText = (maxLength: number, description?: string) =>
  applyDecorators(
    Field(() => String, { nullable: true, description }),
    IsOptional(),
    IsString(),
    MaxLength(maxLength, { message: `has at most ${maxLength} characters` }),
  );

/** An optional calendar date (YYYY-MM-DD). */
export const OptionalDate = (description?: string) =>
  applyDecorators(
    Field(() => String, { nullable: true, description }),
    IsOptional(),
    IsDateString({ strict: true }, { message: 'must be a date (YYYY-MM-DD)' }),
  );
