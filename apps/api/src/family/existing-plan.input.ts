import { InputType } from '@nestjs/graphql';
import { OptionalBsn, RequiredDate, RequiredText } from '../common/graphql/input-fields';

@InputType({ description: 'Someone about to be entered in a new plan, as the starter knows them.' })
export class PersonToPlaceInput {
  @RequiredText({ minLength: 1, tooShort: 'enter a given name', maxLength: 100 })
  givenName!: string;

  @RequiredText({ minLength: 1, tooShort: 'enter a family name', maxLength: 100 })
  familyName!: string;

  @RequiredDate('YYYY-MM-DD')
  dateOfBirth!: string;

  @OptionalBsn('Where known: then only this BSN counts, and a namesake with another BSN is someone else.')
  bsn?: string | null;
}
