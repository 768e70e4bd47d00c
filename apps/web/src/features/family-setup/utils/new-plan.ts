import { InformationCategory, isValidBsn } from '@gezinsplan/domain';
import { z } from 'zod';
import { PersonToPlaceInput } from '../../../graphql/generated/graphql';
import { reason, requiredText } from '../../../shared/forms';
import { memberShape, newMemberValues, withAuthorityAsHeld } from './member-details';
import { networkSchema } from './network-details';

/** What the API accepts. */
const LIMITS = { name: 200, regisseurTask: 500 } as const;
const MINIMUM_TASK_LENGTH = 3;

/** The BSN as it is sent: digits only (spaces and dots as people write it go), or nothing when left empty. */
const bsn = z
  .string()
  .transform((typed) => typed.replace(/[\s.]/g, '') || undefined)
  .refine((digits) => digits === undefined || isValidBsn(digits), reason('invalid'));

/**
 * A member of the new family: their details, the BSN where the starter knows it
 * (it never goes into an address), and whether the starter confirmed that a
 * namesake in another plan is someone else.
 */
function newPlanMemberSchema(today: string) {
  return z.object({ ...memberShape(today), bsn, differentPersonConfirmed: z.boolean() }).transform(withAuthorityAsHeld);
}

/** The checks the API makes on a new plan, before the professional waits for it. `today` is the Dutch calendar day. */
export function newPlanSchema(today: string) {
  return z.object({
    name: requiredText(LIMITS.name),
    members: z.array(newPlanMemberSchema(today)).min(1, reason('empty')),
    network: z.array(networkSchema()),
    regisseurTask: requiredText(LIMITS.regisseurTask, MINIMUM_TASK_LENGTH),
    regisseurCategories: z.array(z.enum(InformationCategory)).min(1, reason('empty')),
  });
}

export type NewPlanValues = z.input<ReturnType<typeof newPlanSchema>>;
export type CheckedNewPlan = z.output<ReturnType<typeof newPlanSchema>>;
export type NewPlanMember = NewPlanValues['members'][number];

export function newPlanMember(role: 'PARENT' | 'CHILD', familyName = ''): NewPlanMember {
  return { ...newMemberValues(role, familyName), bsn: '', differentPersonConfirmed: false };
}

export const NEW_PLAN: NewPlanValues = {
  name: '',
  members: [newPlanMember('PARENT')],
  network: [],
  regisseurTask: '',
  regisseurCategories: ['GENERAL', 'SAFETY'],
};

/** The members as `peopleInActivePlans` takes them, in the form's order. */
export function peopleToCheckOf(plan: CheckedNewPlan): PersonToPlaceInput[] {
  return plan.members.map(({ givenName, familyName, dateOfBirth, bsn: given }) => ({ givenName, familyName, dateOfBirth, bsn: given }));
}
