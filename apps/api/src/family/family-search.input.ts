import { InputType } from '@nestjs/graphql';
import { RequiredText } from '../common/graphql/input-fields';

@InputType({ description: 'What to look for: part of a family name or a member’s name, or a date of birth (31-12-2015 or 2015-12-31).' })
export class SearchFamiliesInput {
  @RequiredText({ minLength: 2, tooShort: 'type at least 2 characters', maxLength: 100, trim: true })
  text!: string;
}
