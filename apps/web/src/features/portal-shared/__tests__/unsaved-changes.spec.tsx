import '../testing/router-polyfills';
import { fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import { RouterLink } from '../../../shared/components/router-link';
import { UnsavedChangesGuard, useUnsavedChanges } from '../components/unsaved-changes';
import { renderPage } from '../testing/render-page';

function Form() {
  const [text, setText] = useState('');
  useUnsavedChanges(text !== '');
  return (
    <label>
      Bericht
      <textarea value={text} onChange={(event) => setText(event.target.value)} />
    </label>
  );
}

function Page() {
  return (
    <UnsavedChangesGuard>
      <Form />
      <RouterLink to="/elders">Naar elders</RouterLink>
      <a href="#onderaan">Naar onderaan</a>
    </UnsavedChangesGuard>
  );
}

async function renderForm() {
  return renderPage(<Page />, { path: '/ons-plan/:familyId', url: '/ons-plan/gezin-1' });
}

describe('the unsaved-changes guard', () => {
  it('lets the person leave a page on which nothing was typed', async () => {
    const { router } = await renderForm();
    fireEvent.click(screen.getByRole('link', { name: 'Naar elders' }));
    expect(await screen.findByText('Een andere pagina')).toBeTruthy();
    expect(router.state.location.pathname).toBe('/elders');
  });

  it('asks first when text would be lost, and keeps it when the person stays', async () => {
    const { router } = await renderForm();
    fireEvent.change(screen.getByLabelText('Bericht'), { target: { value: 'Half af' } });
    fireEvent.click(screen.getByRole('link', { name: 'Naar elders' }));

    expect(await screen.findByText('Je tekst is nog niet opgeslagen')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Blijven en opslaan' }));

    expect(screen.queryByText('Je tekst is nog niet opgeslagen')).toBeNull();
    expect(router.state.location.pathname).toBe('/ons-plan/gezin-1');
    expect((screen.getByLabelText('Bericht') as HTMLTextAreaElement).value).toBe('Half af');
  });

  it('leaves without saving when the person chooses so', async () => {
    const { router } = await renderForm();
    fireEvent.change(screen.getByLabelText('Bericht'), { target: { value: 'Half af' } });
    fireEvent.click(screen.getByRole('link', { name: 'Naar elders' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Weggaan zonder opslaan' }));

    expect(await screen.findByText('Een andere pagina')).toBeTruthy();
    expect(router.state.location.pathname).toBe('/elders');
  });

  it('asks the browser to warn before the tab is closed or reloaded, only while text is unsaved', async () => {
    await renderForm();
    const before = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(before);
    expect(before.defaultPrevented).toBe(false);

    fireEvent.change(screen.getByLabelText('Bericht'), { target: { value: 'Half af' } });
    const after = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(after);
    expect(after.defaultPrevented).toBe(true);
  });
});
