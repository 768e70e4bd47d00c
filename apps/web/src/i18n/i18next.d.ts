import 'i18next';
import { resources } from './resources';

// Makes every translation key a checked type: a typo in t('…') fails the typecheck.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: (typeof resources)['nl'];
  }
}
