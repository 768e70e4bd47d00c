import { ADULT_AGE, ageOn } from '@gezinsplan/domain';

/** Only a minor's authority can lie with a certified institution. */
export function isMinorOn(dateOfBirth: string, day: string): boolean {
  return ageOn(dateOfBirth, day) < ADULT_AGE;
}
