/**
 * How long a request waits for a database connection: a new one being made, or a free one of the
 * pool's. Short, so that a database out of reach fails a request within seconds instead of holding it.
 */
export const CONNECTION_TIMEOUT_MS = 5_000;
