// The Rijkshuisstijl theme, active under class="rhc-theme" in index.html. The
// components' own stylesheet (@rijkshuisstijl-community/components-css) is not
// imported here: components-react injects that same file itself.
import '@rijkshuisstijl-community/design-tokens/dist/index.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApolloClient } from './app/apollo-client';
import { App } from './app/app';
import { createRouter } from './app/router';
import { createI18n } from './i18n/create-i18n';
import { readLanguagePreference } from './i18n/language-preference';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no element with id "root"');

const i18n = await createI18n(readLanguagePreference() ?? undefined);

createRoot(root).render(
  <StrictMode>
    <App apolloClient={createApolloClient()} i18n={i18n} router={createRouter()} />
  </StrictMode>,
);
