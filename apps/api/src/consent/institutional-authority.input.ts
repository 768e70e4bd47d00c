import { InputType } from '@nestjs/graphql';
import { RequiredDate, RequiredId, RequiredText } from '../common/graphql/input-fields';

@InputType({ description: 'Parental authority over a minor lies with a certified institution, after a court’s ruling.' })
export class RecordInstitutionalAuthorityInput {
  @RequiredId()
  familyId!: string;

  @RequiredId('The minor the ruling is about.')
  memberId!: string;

  @RequiredId('The certified institution (a youth-protection organisation involved with this family).')
  organisationId!: string;

  @RequiredDate('From which day (YYYY-MM-DD) the institution holds authority.')
  startsOn!: string;

  @RequiredText({ minLength: 1, tooShort: 'name the ruling', maxLength: 200, trim: true, description: 'The ruling, for example the court’s case number.' })
  ruling!: string;
}

@InputType()
export class EndInstitutionalAuthorityInput {
  @RequiredId()
  id!: string;

  @RequiredDate('The last day (YYYY-MM-DD) the institution holds authority.')
  endsOn!: string;
}
