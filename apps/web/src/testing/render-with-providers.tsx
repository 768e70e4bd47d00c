import { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render } from '@testing-library/react';
import { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '../i18n/create-i18n';
import { Language } from '../i18n/languages';

interface Options {
  /** The API's answers: a network mock, so the component's own code runs unchanged. */
  mocks?: readonly MockLink.MockedResponse[];
  language?: Language;
}

/** Renders a component as the app does: with the API client and the translations. */
export async function renderWithProviders(ui: ReactElement, { mocks = [], language = 'nl' }: Options = {}) {
  const i18n = await createI18n(language);
  return render(
    <MockedProvider mocks={mocks}>
      <I18nextProvider i18n={i18n}>{ui}</I18nextProvider>
    </MockedProvider>,
  );
}
