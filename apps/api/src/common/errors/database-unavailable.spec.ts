import { GraphQLError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { isDatabaseBusy, isDatabaseUnavailable } from './database-unavailable';

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

describe('telling a database out of reach from a fault', () => {
  it.each([
    ['a refused connection', withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')],
    ['a server shutting down', withCode('terminating connection due to administrator command', '57P01')],
    ['a server starting up', withCode('the database system is starting up', '57P03')],
    ['a connection exception (class 08)', withCode('connection failure', '08006')],
    ['a connection that ended', new Error('Connection terminated unexpectedly')],
    ['a new connection that could not be made in time', new Error('Connection terminated due to connection timeout')],
    ['a failed statement wrapping one', new QueryFailedError('SELECT 1', [], withCode('terminating connection due to unexpected postmaster exit', '57P01'))],
    ['a GraphQL error wrapping one', new GraphQLError('x', { originalError: withCode('connect ECONNREFUSED', 'ECONNREFUSED') })],
  ])('sees %s', (_case, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['a unique violation', withCode('duplicate key value violates unique constraint', '23505')],
    ['a syntax error', withCode('syntax error at or near "SELEC"', '42601')],
    ['a permission refusal', withCode('permission denied for table access_log', '42501')],
    ['a programming error', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['nothing at all', undefined],
  ])('does not take %s for an outage', (_case, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});

describe('telling a full connection pool from an outage', () => {
  // pg-pool throws this only for a request that waited for a connection while all of them were in use.
  const poolWait = () => new Error('timeout exceeded when trying to connect');

  it.each([
    ['the wait itself', poolWait()],
    ['a failed statement wrapping it', new QueryFailedError('SELECT 1', [], poolWait())],
    ['a GraphQL error wrapping it', new GraphQLError('x', { originalError: poolWait() })],
  ])('sees %s as busy, not as the database out of reach', (_case, error) => {
    expect(isDatabaseBusy(error)).toBe(true);
    expect(isDatabaseUnavailable(error)).toBe(false);
  });

  it.each([
    ['a new connection that could not be made in time', new Error('Connection terminated due to connection timeout')],
    ['a refused connection', withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')],
    ['a statement timeout', withCode('canceling statement due to statement timeout', '57014')],
  ])('does not take %s for a full pool', (_case, error) => {
    expect(isDatabaseBusy(error)).toBe(false);
  });
});
