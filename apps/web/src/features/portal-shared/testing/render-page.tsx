import { MockLink } from '@apollo/client/testing';
import { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { renderWithProviders } from '../../../testing/render-with-providers';

interface Options {
  mocks?: readonly MockLink.MockedResponse[];
  /** The route pattern the page is mounted on, and the address it is opened at. */
  path: string;
  url: string;
}

/**
 * Renders a page in a data router, as the app does, so that route parameters,
 * links and the unsaved-changes guard work. Any other address shows a page
 * that names itself, so a test can see where a link led.
 */
export async function renderPage(page: ReactElement, { mocks = [], path, url }: Options) {
  const router = createMemoryRouter(
    [
      { path, element: page },
      { path: '*', element: <p>Een andere pagina</p> },
    ],
    { initialEntries: [url] },
  );
  const rendered = await renderWithProviders(<RouterProvider router={router} />, { mocks });
  return { ...rendered, router };
}
