import { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { i18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider } from 'react-router-dom';
import { createRouter } from './router';

interface AppProps {
  apolloClient: ApolloClient;
  i18n: i18n;
  router: ReturnType<typeof createRouter>;
}

export function App({ apolloClient, i18n, router }: AppProps) {
  return (
    <ApolloProvider client={apolloClient}>
      <I18nextProvider i18n={i18n}>
        <RouterProvider router={router} />
      </I18nextProvider>
    </ApolloProvider>
  );
}
