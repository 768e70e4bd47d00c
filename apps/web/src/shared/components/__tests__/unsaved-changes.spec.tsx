import { act, fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { renderPage } from '../../../features/portal-shared/testing/render-page';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { RouterLink } from '../router-link';
import { UnsavedChangesGuard, useUnsavedChanges } from '../unsaved-changes';

function NoteForm() {
  const [note, setNote] = useState('');
  useUnsavedChanges(note !== '');
  return (
    <label>
      Notitie
      <textarea value={note} onChange={(event) => setNote(event.target.value)} />
    </label>
  );
}

async function renderGuardedPage() {
  const router = createMemoryRouter(
    [
      {
        element: (
          <UnsavedChangesGuard>
            <NoteForm />
            <RouterLink to="/elders">Naar elders</RouterLink>
          </UnsavedChangesGuard>
        ),
        path: '/',
      },
      { path: '/elders', element: <p>Elders</p> },
    ],
    { initialEntries: ['/'] },
  );
  await renderWithProviders(<RouterProvider router={router} />);
  return router;
}

describe('leaving a page with unsaved input', () => {
  it('goes without asking when nothing was typed', async () => {
    const router = await renderGuardedPage();
    await act(async () => fireEvent.click(screen.getByRole('link', { name: 'Naar elders' })));
    expect(router.state.location.pathname).toBe('/elders');
  });

  it('asks first, stays when asked to, and leaves when the person chooses to lose the input', async () => {
    const router = await renderGuardedPage();
    fireEvent.change(screen.getByLabelText('Notitie'), { target: { value: 'half af' } });
    await act(async () => fireEvent.click(screen.getByRole('link', { name: 'Naar elders' })));

    expect(router.state.location.pathname).toBe('/');
    expect(screen.getByText('Wijzigingen niet opgeslagen', { exact: true })).toBeVisible();
    await act(async () => fireEvent.click(screen.getByText('Op deze pagina blijven')));
    expect(router.state.location.pathname).toBe('/');
    expect((screen.getByLabelText('Notitie') as HTMLTextAreaElement).value).toBe('half af');

    await act(async () => fireEvent.click(screen.getByRole('link', { name: 'Naar elders' })));
    await act(async () => fireEvent.click(screen.getByText('Pagina verlaten zonder opslaan')));
    expect(router.state.location.pathname).toBe('/elders');
  });
});

// The same guard on a family portal page (formerly the portal's own copy, with its own wording).
function PortalForm() {
  const [text, setText] = useState('');
  useUnsavedChanges(text !== '');
  return (
    <label>
      Bericht
      <textarea value={text} onChange={(event) => setText(event.target.value)} />
    </label>
  );
}

function PortalPage() {
  return (
    <UnsavedChangesGuard>
      <PortalForm />
      <RouterLink to="/elders">Naar elders</RouterLink>
      <a href="#onderaan">Naar onderaan</a>
    </UnsavedChangesGuard>
  );
}

async function renderPortalForm() {
  return renderPage(<PortalPage />, { path: '/ons-plan/:familyId', url: '/ons-plan/gezin-1' });
}

describe('the unsaved-changes guard in the family portal', () => {
  it('lets the person leave a page on which nothing was typed', async () => {
    const { router } = await renderPortalForm();
    fireEvent.click(screen.getByRole('link', { name: 'Naar elders' }));
    expect(await screen.findByText('Een andere pagina')).toBeVisible();
    expect(router.state.location.pathname).toBe('/elders');
  });

  it('asks first when text would be lost, and keeps it when the person stays', async () => {
    const { router } = await renderPortalForm();
    fireEvent.change(screen.getByLabelText('Bericht'), { target: { value: 'Half af' } });
    fireEvent.click(screen.getByRole('link', { name: 'Naar elders' }));

    expect(await screen.findByText('Wijzigingen niet opgeslagen')).toBeVisible();
    fireEvent.click(screen.getByRole('button', { name: 'Op deze pagina blijven' }));

    expect(screen.queryByText('Wijzigingen niet opgeslagen')).toBeNull();
    expect(router.state.location.pathname).toBe('/ons-plan/gezin-1');
    expect((screen.getByLabelText('Bericht') as HTMLTextAreaElement).value).toBe('Half af');
  });

  it('leaves without saving when the person chooses so', async () => {
    const { router } = await renderPortalForm();
    fireEvent.change(screen.getByLabelText('Bericht'), { target: { value: 'Half af' } });
    fireEvent.click(screen.getByRole('link', { name: 'Naar elders' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Pagina verlaten zonder opslaan' }));

    expect(await screen.findByText('Een andere pagina')).toBeVisible();
    expect(router.state.location.pathname).toBe('/elders');
  });

  it('asks the browser to warn before the tab is closed or reloaded, only while text is unsaved', async () => {
    await renderPortalForm();
    const before = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(before);
    expect(before.defaultPrevented).toBe(false);

    fireEvent.change(screen.getByLabelText('Bericht'), { target: { value: 'Half af' } });
    const after = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(after);
    expect(after.defaultPrevented).toBe(true);
  });
});
