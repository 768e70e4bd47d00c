import '../../../features/family-plan/testing/router-environment';
import { act, fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
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
    expect(screen.getByText('Wijzigingen niet opgeslagen', { exact: true })).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByText('Op deze pagina blijven')));
    expect(router.state.location.pathname).toBe('/');
    expect((screen.getByLabelText('Notitie') as HTMLTextAreaElement).value).toBe('half af');

    await act(async () => fireEvent.click(screen.getByRole('link', { name: 'Naar elders' })));
    await act(async () => fireEvent.click(screen.getByText('Pagina verlaten zonder opslaan')));
    expect(router.state.location.pathname).toBe('/elders');
  });
});
