import { INFORMATION_CATEGORIES, InformationCategory } from '@gezinsplan/domain';
import { applyDecorators } from '@nestjs/common';
import { Field, ID, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import {
  Allow,
  ArrayMaxSize,
  ArrayMinSize,
  IsDateString,
  IsEmail,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { InformationCategoryEnum } from './domain-enums';

/** For `@Transform`: surrounding spaces (a pasted name, an address) are not part of what was meant. */
export const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** For `@Transform` on an optional field: an empty field is a field left out. */
const trimmedOrNull = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || null : value);

/** A text field that may be left out (or null); the rules apply when it is given. */
const optionalString = (description: string | undefined, ...rules: PropertyDecorator[]) =>
  applyDecorators(Field(() => String, { nullable: true, description }), IsOptional(), ...rules);

const isDate = () => IsDateString({ strict: true }, { message: 'must be a date (YYYY-MM-DD)' });
const isDateTime = () => IsISO8601({ strict: true }, { message: 'must be a date and time' });
// Whether an id is a UUID is checked for every ID at the edge (input-validation.plugin.ts); Allow keeps it through the pipe's whitelist.
const isId = () => Allow();

/** An optional free-text input field with a length limit. */
export const OptionalText = (maxLength: number, description?: string) =>
  optionalString(description, IsString(), MaxLength(maxLength, { message: `has at most ${maxLength} characters` }));

interface RequiredTextRules {
  minLength: number;
  /** Says what to enter: the message for anything shorter than `minLength`. */
  tooShort: string;
  maxLength?: number;
  /** Measured and stored without surrounding spaces. */
  trim?: boolean;
  description?: string;
}

/** A required free-text input field of some minimum length. */
export const RequiredText = ({ minLength, tooShort, maxLength, trim, description }: RequiredTextRules) =>
  applyDecorators(
    Field(() => String, { description }),
    ...(trim ? [Transform(trimmed)] : []),
    IsString(),
    MinLength(minLength, { message: tooShort }),
    ...(maxLength === undefined ? [] : [MaxLength(maxLength)]),
  );

/** A required e-mail address, trimmed, no longer than an address can be. */
export const RequiredEmail = (description?: string) =>
  applyDecorators(
    Field(() => String, { description }),
    Transform(trimmed),
    IsEmail({}, { message: 'enter a valid e-mail address' }),
    MaxLength(254),
  );

/**
 * Digits, spaces, +, - and parentheses, with at least one digit: a number
 * someone dials, never a link (`javascript:`) that a screen might render.
 */
export const IsPhoneNumber = () =>
  Matches(/^[\d +()-]*\d[\d +()-]*$/, { message: 'enter a phone number: digits, spaces, +, - and parentheses' });

/** An optional phone number of at most 50 characters. */
export const OptionalPhone = (description?: string) =>
  optionalString(description, IsString(), MaxLength(50, { message: 'has at most 50 characters' }), IsPhoneNumber());

/**
 * An optional citizen service number (BSN): nine digits, checked for the
 * eleven-test by the service, so that the message can say which rule failed.
 */
export const OptionalBsn = (description?: string) =>
  optionalString(description, Transform(trimmedOrNull), Matches(/^\d{9}$/, { message: 'must be nine digits' }));

/** An optional calendar date (YYYY-MM-DD). */
export const OptionalDate = (description?: string) => optionalString(description, isDate());

/** A required calendar date (YYYY-MM-DD). */
export const RequiredDate = (description?: string) => applyDecorators(Field(() => String, { description }), isDate());

/** A moment (ISO 8601 date and time). */
export const RequiredDateTime = (description?: string) => applyDecorators(Field(() => String, { description }), isDateTime());

/** An optional moment (ISO 8601 date and time). */
export const OptionalDateTime = (description?: string) => optionalString(description, isDateTime());

/** The id of one thing. */
export const RequiredId = (description?: string) => applyDecorators(Field(() => ID, { description }), isId());

/** The id of one thing, when there is one. */
export const OptionalId = (description?: string) =>
  applyDecorators(Field(() => ID, { nullable: true, description }), IsOptional(), isId());

interface IdListRules {
  /** The message for an empty list; without one, an empty list is allowed. */
  empty?: string;
  atMost?: number;
  description?: string;
  defaultValue?: string[];
  optional?: boolean;
}

/** A list of ids. */
export const IdList = ({ empty, atMost, description, defaultValue, optional }: IdListRules = {}) =>
  applyDecorators(
    Field(() => [ID], { description, ...(defaultValue ? { defaultValue } : {}), ...(optional ? { nullable: true } : {}) }),
    ...(optional ? [IsOptional()] : []),
    ...(atMost === undefined ? [] : [ArrayMaxSize(atMost)]),
    ...(empty === undefined ? [] : [ArrayMinSize(1, { message: empty })]),
    isId(),
  );

interface CategoryRules {
  /** The message for an empty list; class-validator's own without one. */
  empty?: string;
  description?: string;
  defaultValue?: InformationCategory[];
}

/** The information categories something covers, at least one. */
export const InformationCategories = ({ empty, description, defaultValue }: CategoryRules = {}) =>
  applyDecorators(
    Field(() => [InformationCategoryEnum], { description, ...(defaultValue ? { defaultValue } : {}) }),
    ArrayMinSize(1, empty === undefined ? undefined : { message: empty }),
    IsIn(INFORMATION_CATEGORIES, { each: true }),
  );

/** The version an edit was based on; a newer one on the server gives CONFLICT. */
export const ExpectedVersion = (description?: string) => applyDecorators(Field(() => Int, { description }), IsInt(), Min(1));
