import { ErrorCode } from '@gezinsplan/domain';
import { CONNECTION_TIMEOUT_MS } from '../../database/connection-timeout';
import { ApiError } from './api-error';

/** Socket errors of a connection that cannot be made or was lost. */
const CONNECTION_ERRNOS = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

/**
 * PostgreSQL's own "not now": admin_shutdown, crash_shutdown, cannot_connect_now (starting,
 * stopping, recovering) and too_many_connections; class 08 (connection exception) is added below.
 */
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);

/**
 * What node-postgres says when a connection ends or cannot be made in time; it sets no code for these.
 * A new connection that is not made within the pool's timeout ends as "Connection terminated due to
 * connection timeout", so it is matched here.
 */
const CONNECTION_MESSAGES = [
  /^Connection terminated/,
  /Client has encountered a connection error and is not queryable/,
  /^Client was closed and is not queryable/,
];

function causesOf(error: unknown): unknown[] {
  const chain: unknown[] = [];
  for (let current = error, depth = 0; current && typeof current === 'object' && depth < 6; depth += 1) {
    chain.push(current);
    const next = current as { originalError?: unknown; driverError?: unknown; cause?: unknown; thrownValue?: unknown; errors?: unknown[] };
    if (Array.isArray(next.errors)) chain.push(...next.errors);
    // thrownValue: GraphQL's wrapper for a thrown value it does not take for an Error (one from another realm).
    current = next.originalError ?? next.driverError ?? next.cause ?? next.thrownValue;
  }
  return chain;
}

/**
 * Whether an error means the database is out of reach (stopped, restarting, unreachable),
 * rather than a fault in the app or in a statement. The request then fails with
 * SERVICE_UNAVAILABLE and the app recovers on its own when the database is back: the
 * connection pool opens new connections for the next requests.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (isDatabaseBusy(error)) return false;
  return causesOf(error).some((cause) => {
    const { code, message } = cause as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && (CONNECTION_ERRNOS.has(code) || UNAVAILABLE_SQLSTATES.has(code) || /^08[0-9A-Z]{3}$/.test(code))) {
      return true;
    }
    return typeof message === 'string' && CONNECTION_MESSAGES.some((pattern) => pattern.test(message));
  });
}

/**
 * pg-pool's answer when a request waited the pool's whole connection timeout for one of its
 * connections while every one was in use (it throws this only from that queue; a new connection
 * that cannot be made fails as "Connection terminated …"). The database is reachable: it is
 * slow statements or too many requests at once holding the connections, not an outage.
 */
const POOL_WAIT_TIMEOUT = /^timeout exceeded when trying to connect$/;

/** Whether an error means that every database connection stayed in use while the request waited for one. */
export function isDatabaseBusy(error: unknown): boolean {
  return causesOf(error).some((cause) => {
    const { message } = cause as { message?: unknown };
    return typeof message === 'string' && POOL_WAIT_TIMEOUT.test(message);
  });
}

export const SERVICE_UNAVAILABLE_MESSAGE =
  'Gezinsplan cannot reach its database at the moment, so nothing was done. Please try again in a minute.';

export const serviceUnavailable = () => new ApiError(ErrorCode.ServiceUnavailable, SERVICE_UNAVAILABLE_MESSAGE);

export const SERVER_BUSY_MESSAGE =
  `Gezinsplan is too busy at the moment: this request waited ${CONNECTION_TIMEOUT_MS / 1000} seconds for a free database connection and was stopped. ` +
  'Please try again in a few seconds.';

export const serverBusy = () => new ApiError(ErrorCode.ServerBusy, SERVER_BUSY_MESSAGE);
