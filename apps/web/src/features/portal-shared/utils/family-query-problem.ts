import { ErrorCode } from '@gezinsplan/domain';
import { readApiError } from '../../../graphql/api-error';

/**
 * Why a family's page cannot be shown. A family that does not exist and one
 * that is not yours look the same, as the API answers both alike.
 */
export type FamilyQueryProblem = 'notFound' | 'signedOut' | 'unavailable';

export function familyQueryProblemOf(error: unknown): FamilyQueryProblem {
  switch (readApiError(error)?.code) {
    case ErrorCode.NotFound:
    case ErrorCode.Forbidden:
      return 'notFound';
    case ErrorCode.Unauthenticated:
      return 'signedOut';
    default:
      return 'unavailable';
  }
}
