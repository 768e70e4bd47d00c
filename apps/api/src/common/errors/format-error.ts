import { ErrorCode } from '@gezinsplan/domain';
import { GraphQLFormattedError } from 'graphql';
import { isDatabaseBusy, isDatabaseUnavailable, SERVER_BUSY_MESSAGE, SERVICE_UNAVAILABLE_MESSAGE } from './database-unavailable';

const CLIENT_CODES = new Set<string>([
  ...Object.values(ErrorCode),
  // Raised by GraphQL itself for malformed operations; safe to show.
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** What the client sees of any error not meant for it. */
export const INTERNAL_ERROR_MESSAGE = 'Something went wrong on our side. Please try again; if it keeps happening, contact support.';

export interface ErrorReporter {
  /** A fault: logged as an error, with its stack. */
  unexpected(formatted: GraphQLFormattedError, original: unknown): void;
  /** The database is out of reach: an outage to watch, not a fault in the code. */
  unavailable(formatted: GraphQLFormattedError, original: unknown): void;
  /** Every database connection stayed in use while the request waited: overload to watch, not an outage. */
  busy(formatted: GraphQLFormattedError, original: unknown): void;
}

export interface FormatErrorOptions {
  /** Drops GraphQL's "Did you mean …?" hints, which spell out the schema to whoever guesses at it. */
  hideSuggestions: boolean;
}

const SUGGESTION = / ?Did you mean .+?\?$/s;

/**
 * Passes on errors that were meant for the client and replaces everything else
 * by one generic message, so that no stack trace, SQL or internal detail leaves
 * the server. The original is reported to the log. When the database is out of
 * reach the client learns that instead (SERVICE_UNAVAILABLE): nothing was done
 * and trying again later will work. When it is reachable but every connection
 * stayed in use while the request waited, the client learns that (SERVER_BUSY).
 */
/** The answer in place of an error whose own message must not reach the client: where it happened, and what it means. */
function instead(formatted: GraphQLFormattedError, message: string, code: ErrorCode): GraphQLFormattedError {
  return { message, path: formatted.path, locations: formatted.locations, extensions: { code } };
}

export function createFormatError(report: ErrorReporter, { hideSuggestions }: FormatErrorOptions = { hideSuggestions: false }) {
  return (formatted: GraphQLFormattedError, original: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.['code'];
    if (typeof code === 'string' && CLIENT_CODES.has(code) && code !== ErrorCode.InternalServerError) {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      const message = hideSuggestions ? formatted.message.replace(SUGGESTION, '') : formatted.message;
      return { ...formatted, message, extensions };
    }
    if (isDatabaseBusy(original)) {
      report.busy(formatted, original);
      return instead(formatted, SERVER_BUSY_MESSAGE, ErrorCode.ServerBusy);
    }
    if (isDatabaseUnavailable(original)) {
      report.unavailable(formatted, original);
      return instead(formatted, SERVICE_UNAVAILABLE_MESSAGE, ErrorCode.ServiceUnavailable);
    }
    report.unexpected(formatted, original);
    return instead(formatted, INTERNAL_ERROR_MESSAGE, ErrorCode.InternalServerError);
  };
}
