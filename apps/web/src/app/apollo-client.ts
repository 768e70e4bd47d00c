import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/**
 * The API serves this client from its own origin, so the HTTP-only session
 * cookie travels with every request and never needs cross-site allowances.
 */
export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
    cache: new InMemoryCache(),
  });
}
