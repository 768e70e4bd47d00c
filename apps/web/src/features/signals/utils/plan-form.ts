import { z } from 'zod';
import { StartPlanFromMatchInput } from '../../../graphql/generated/graphql';
import { reason, requiredDay, requiredText, someOf } from '../../../shared/forms';

export const HOUSEHOLD_ROLES = ['PARENT', 'OTHER_HOUSEHOLD_MEMBER'] as const;

export type HouseholdRole = (typeof HOUSEHOLD_ROLES)[number];

/**
 * The young people, the family's name, the parents and household added by
 * hand (signals only name the young people), and the regisseur. The form's
 * names are the API's, so a rejected `otherMembers.1.dateOfBirth` lands on
 * that person's field.
 */
export function planSchema(today: string) {
  const householdMember = z.object({
    givenName: requiredText(),
    familyName: requiredText(),
    dateOfBirth: requiredDay().refine((day) => day <= today, reason('inFuture')),
    role: z.enum(HOUSEHOLD_ROLES),
    hasParentalAuthority: z.boolean(),
    livesAtHome: z.boolean(),
  });
  return z.object({
    subjectIds: someOf(),
    familyName: requiredText(),
    otherMembers: z.array(householdMember),
    regisseurSignalId: z.string().min(1, reason('choose')),
    regisseurConfirmed: z.boolean().refine((confirmed) => confirmed, reason('choose')),
  }) satisfies z.ZodType<StartPlanFromMatchInput, PlanFormValues>;
}

export interface PlanFormValues {
  subjectIds: string[];
  familyName: string;
  otherMembers: Array<{
    givenName: string;
    familyName: string;
    dateOfBirth: string;
    role: HouseholdRole;
    hasParentalAuthority: boolean;
    livesAtHome: boolean;
  }>;
  regisseurSignalId: string;
  regisseurConfirmed: boolean;
}

export function newHouseholdMember(): PlanFormValues['otherMembers'][number] {
  return { givenName: '', familyName: '', dateOfBirth: '', role: 'PARENT', hasParentalAuthority: true, livesAtHome: true };
}
