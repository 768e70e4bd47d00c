// The NL Design System example theme, active under class="voorbeeld-theme" in
// index.html, then the few component tokens it lacks, mapped onto its own base
// tokens. The components' own stylesheet (@rijkshuisstijl-community/components-css)
// is not imported here: components-react injects that same file itself.
import '@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css';
import './theme/component-tokens.css';
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
