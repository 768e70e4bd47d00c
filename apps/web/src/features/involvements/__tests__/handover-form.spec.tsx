import { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router-dom';
import { HandOverRegisseurDocument } from '../../../graphql/generated/graphql';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { HandoverForm } from '../components/handover-form';
import { KEES, SANNE } from '../testing/involvements-fixture';

const NOTE = 'Lisanne gaat weer naar school; de afspraken met de school lopen via de mentor.';

function handOverAnswering(result: MockLink.MockedResponse['result']): MockLink.MockedResponse {
  return { request: { query: HandOverRegisseurDocument, variables: { input: { familyId: 'gezin-meijer', toInvolvementId: KEES.id, note: NOTE } } }, result };
}

/** The plan page, saying whom the proposal went to. */
function PlanPage() {
  const { state } = useLocation() as { state: { handedOverTo?: string } | null };
  return <p>Voorgesteld aan {state?.handedOverTo}</p>;
}

async function renderForm(mocks: MockLink.MockedResponse[] = []) {
  await renderWithProviders(
    <MemoryRouter initialEntries={['/gezinnen/gezin-meijer/regie-overdragen']}>
      <Routes>
        <Route
          path="/gezinnen/:familyId/regie-overdragen"
          element={<HandoverForm familyId="gezin-meijer" familyName="Gezin Meijer" candidates={[SANNE, KEES]} />}
        />
        <Route path="/gezinnen/:familyId" element={<PlanPage />} />
      </Routes>
    </MemoryRouter>,
    { mocks },
  );
}

function chooseAndWrite(note = ` ${NOTE} `): void {
  fireEvent.click(screen.getByRole('radio', { name: /^Kees Dekker/ }));
  fireEvent.change(screen.getByLabelText('Overdrachtsnotitie'), { target: { value: note } });
  fireEvent.click(screen.getByRole('button', { name: 'Verder' }));
}

describe('handing the regisseur role over', () => {
  it('asks for a colleague and a note of at least 10 characters, with the focus on the choice', async () => {
    await renderForm();
    fireEvent.change(screen.getByLabelText('Overdrachtsnotitie'), { target: { value: 'kort' } });
    fireEvent.click(screen.getByRole('button', { name: 'Verder' }));
    expect(await screen.findByText('Kies wie de regie overneemt.')).toBeVisible();
    expect(screen.getByText('Schrijf een overdrachtsnotitie van minstens 10 tekens.')).toBeVisible();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('radio', { name: /^Sanne Jansen/ })));
    expect(screen.queryByRole('heading', { name: 'Controleer de overdracht' })).toBeNull();
  });

  it('shows whom it asks with the note, and proposes only once confirmed; then the plan says so', async () => {
    await renderForm([handOverAnswering({ data: { handOverRegisseur: 'proposal-1' } })]);
    chooseAndWrite();
    const heading = await screen.findByRole('heading', { name: 'Controleer de overdracht' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(screen.getByText('Kees Dekker (Samen Veilig Midden-Nederland)')).toBeVisible();
    expect(screen.getByText(NOTE)).toBeVisible();

    fireEvent.click(screen.getByRole('button', { name: 'Overdracht voorstellen' }));
    expect(await screen.findByText('Voorgesteld aan Kees Dekker')).toBeVisible();
  });

  it('goes back to the note the API refuses, marked and with the focus on it', async () => {
    await renderForm([
      handOverAnswering({
        errors: [{ message: 'note: too short', extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'input.note', message: 'too short' }] } }],
      }),
    ]);
    chooseAndWrite();
    fireEvent.click(await screen.findByRole('button', { name: 'Overdracht voorstellen' }));
    const note = await screen.findByLabelText('Overdrachtsnotitie');
    await waitFor(() => expect(note.getAttribute('aria-invalid')).toBe('true'));
    await waitFor(() => expect(document.activeElement).toBe(note));
    expect((note as HTMLTextAreaElement).value).toBe(` ${NOTE} `);
  });

  it('says when the proposal is refused, and stays on the check', async () => {
    await renderForm([handOverAnswering({ errors: [{ message: 'A proposal is waiting already', extensions: { code: 'CONFLICT' } }] })]);
    chooseAndWrite();
    fireEvent.click(await screen.findByRole('button', { name: 'Overdracht voorstellen' }));
    expect((await screen.findByRole('alert')).textContent).toContain('De overdracht kan niet worden voorgesteld.');
    expect(screen.getByRole('heading', { name: 'Controleer de overdracht' })).toBeVisible();
  });
});
