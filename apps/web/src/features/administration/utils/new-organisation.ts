import { OrganisationType } from '@gezinsplan/domain';
import { z } from 'zod';
import { requiredChoice, requiredText } from '../../../shared/forms';

/** The API's own limits, checked before the administrator waits for it. */
const NAME_LENGTH = { minimum: 2, maximum: 200 } as const;

/** A new organisation: its name, and its kind, which has no sensible default and so starts empty. */
export const newOrganisationSchema = z.object({
  name: requiredText(NAME_LENGTH.maximum, NAME_LENGTH.minimum),
  type: requiredChoice(OrganisationType),
});

export const EMPTY_ORGANISATION: z.input<typeof newOrganisationSchema> = { name: '', type: '' };
