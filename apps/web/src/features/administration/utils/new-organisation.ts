import { ORGANISATION_TYPES, OrganisationType } from '@gezinsplan/domain';
import { FieldErrors } from '../../../shared/components/form-problem';

export const NEW_ORGANISATION_FIELDS = ['name', 'type'] as const;

export type NewOrganisationField = (typeof NEW_ORGANISATION_FIELDS)[number];

export interface NewOrganisationDraft {
  name: string;
  /** Empty until chosen: there is no sensible default kind of organisation. */
  type: OrganisationType | '';
}

export function isOrganisationType(value: string): value is OrganisationType {
  return (ORGANISATION_TYPES as readonly string[]).includes(value);
}

/** The API's own limits, checked before the administrator waits for it. */
export function checkOrganisationDraft(draft: NewOrganisationDraft): FieldErrors<NewOrganisationField> {
  const errors: FieldErrors<NewOrganisationField> = {};
  const name = draft.name.trim();
  if (name === '') errors.name = 'empty';
  else if (name.length < 2) errors.name = 'invalid';
  else if (name.length > 200) errors.name = 'tooLong';
  if (draft.type === '') errors.type = 'empty';
  return errors;
}
