import { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { WithholdFromFamilyDocument } from '../../../graphql/generated/graphql';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { involvement, member, planItem } from '../../family-plan/testing/plan-item-fixture';
import { ItemActions } from '../components/item-actions';
import { PlanEditor, planEditorFor } from '../utils/plan-editor';

const sanne = involvement({ id: 'inv-sanne', organisationType: 'NEIGHBOURHOOD_TEAM', categories: ['GENERAL', 'SAFETY'], isRegisseur: true });
const marieke = involvement({ id: 'inv-marieke' });
const note = planItem({
  id: 'note-1',
  kind: 'LOG_ENTRY',
  category: 'SAFETY',
  version: 3,
  text: 'Melding van de buurvrouw over geschreeuw.',
  author: { __typename: 'Party', type: 'INVOLVEMENT', id: 'inv-marieke', name: 'Marieke de Vries', organisationName: 'Basisschool De Regenboog' },
});
const REASON = 'Bescherming van de melder (derde)';

function editor(own: typeof sanne, isRegisseur: boolean): PlanEditor {
  const rest = { members: [member('esther', 'Esther', 'de Graaf', { role: 'PARENT' })], network: [], goals: [] };
  const found = planEditorFor('family-1', { type: 'PROFESSIONAL', involvementId: own.id, isRegisseur }, [sanne, marieke], rest);
  if (!found) throw new Error('expected an editor');
  return found;
}

function withhold(expectedVersion: number, reason: string | null, answer: MockLink.MockedResponse['result']): MockLink.MockedResponse {
  return { request: { query: WithholdFromFamilyDocument, variables: { input: { id: note.id, expectedVersion, reason } } }, result: answer };
}

describe('withholding an item from the family', () => {
  it('asks the regisseur for the reason first, then hides the item from the family with it', async () => {
    const withheld = { ...note, version: 4, withheldFromFamilyReason: REASON };
    await renderWithProviders(<ItemActions item={note} editor={editor(sanne, true)} describedBy="tekst" />, {
      mocks: [withhold(3, REASON, { data: { withholdFromFamily: withheld } })],
    });

    fireEvent.click(screen.getByRole('button', { name: 'Verbergen voor het gezin' }));
    expect(screen.getByText(/Dat mag alleen met een reden/)).toBeVisible();
    const reason = screen.getByLabelText('Waarom mag het gezin dit niet zien?');
    await waitFor(() => expect(document.activeElement).toBe(reason));
    fireEvent.click(screen.getByRole('button', { name: 'Verbergen voor het gezin' }));
    // The form checks the reason before anything is sent (the mocks hold only the save with the reason).
    expect(await screen.findByText('Schrijf op waarom het gezin dit niet mag zien (minstens 3 tekens).')).toBeVisible();
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect(reason).toHaveAccessibleDescription(expect.stringContaining('minstens 3 tekens'));
    await waitFor(() => expect(reason).toHaveFocus());

    fireEvent.change(reason, { target: { value: `  ${REASON} ` } });
    fireEvent.click(screen.getByRole('button', { name: 'Verbergen voor het gezin' }));
    expect(await screen.findByText('Het gezin ziet dit onderdeel niet meer. De reden staat erbij.')).toBeVisible();
  });

  it('says a reason longer than the API takes is too long, before anything is sent', async () => {
    await renderWithProviders(<ItemActions item={note} editor={editor(sanne, true)} describedBy="tekst" />);
    fireEvent.click(screen.getByRole('button', { name: 'Verbergen voor het gezin' }));
    const reason = screen.getByLabelText('Waarom mag het gezin dit niet zien?');
    fireEvent.change(reason, { target: { value: 'x'.repeat(2001) } });
    fireEvent.click(screen.getByRole('button', { name: 'Verbergen voor het gezin' }));
    expect(await screen.findByText('Dit is te lang: schrijf de reden in hoogstens 2000 tekens.')).toBeVisible();
    expect(screen.queryByText(/minstens 3 tekens/)).toBeNull();
  });

  it('shows a withheld item to the family again at once, without asking for a reason', async () => {
    const withheld = { ...note, withheldFromFamilyReason: REASON };
    await renderWithProviders(<ItemActions item={withheld} editor={editor(sanne, true)} describedBy="tekst" />, {
      mocks: [withhold(3, null, { data: { withholdFromFamily: { ...note, version: 4 } } })],
    });

    expect(screen.queryByRole('button', { name: 'Verbergen voor het gezin' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Weer tonen aan het gezin' }));
    expect(await screen.findByText('Het gezin ziet dit onderdeel weer.')).toBeVisible();
  });

  it('after someone else changed the item, shows their version and withholds it from that version only when asked', async () => {
    const theirs = { id: note.id, version: 5, text: 'Melding van de buurvrouw, aangevuld.', status: null, statusReason: null, dueOn: null, updatedAt: null };
    await renderWithProviders(<ItemActions item={note} editor={editor(sanne, true)} describedBy="tekst" />, {
      mocks: [
        withhold(3, REASON, { errors: [{ message: 'Someone else changed this item', extensions: { code: 'CONFLICT', current: theirs } }] }),
        withhold(5, REASON, { data: { withholdFromFamily: { ...note, version: 6, withheldFromFamilyReason: REASON } } }),
      ],
    });

    fireEvent.click(screen.getByRole('button', { name: 'Verbergen voor het gezin' }));
    fireEvent.change(screen.getByLabelText('Waarom mag het gezin dit niet zien?'), { target: { value: REASON } });
    fireEvent.click(screen.getByRole('button', { name: 'Verbergen voor het gezin' }));
    expect(await screen.findByText('Iemand anders heeft dit intussen gewijzigd.')).toBeVisible();
    expect(screen.getByText('Melding van de buurvrouw, aangevuld.')).toBeVisible();
    expect(screen.getByLabelText('Waarom mag het gezin dit niet zien?')).toHaveValue(REASON);
    expect(screen.queryByRole('button', { name: 'Verbergen voor het gezin' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Toch verbergen voor het gezin' }));
    expect(await screen.findByText('Het gezin ziet dit onderdeel niet meer. De reden staat erbij.')).toBeVisible();
  });

  it('says a busy server as such when showing an item to the family again, and that nothing was saved', async () => {
    const withheld = { ...note, withheldFromFamilyReason: REASON };
    await renderWithProviders(<ItemActions item={withheld} editor={editor(sanne, true)} describedBy="tekst" />, {
      mocks: [withhold(3, null, { errors: [{ message: 'waited for a database connection', extensions: { code: 'SERVER_BUSY' } }] })],
    });

    fireEvent.click(screen.getByRole('button', { name: 'Weer tonen aan het gezin' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Het is nu erg druk in Gezinsplan. Daarom is er niets opgeslagen.');
    expect(screen.queryByText('Het gezin ziet dit onderdeel weer.')).toBeNull();
  });

  it('is not offered to a partner, even on what they wrote themselves', async () => {
    await renderWithProviders(<ItemActions item={note} editor={editor(marieke, false)} describedBy="tekst" />);
    expect(screen.getByRole('button', { name: 'Wijzigen' })).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Verbergen voor het gezin' })).toBeNull();
  });
});
