import { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { RecordFamilyInformedDocument, RevokeLegalBasisDocument } from '../../../graphql/generated/graphql';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { ESTHER, LISANNE, legalBasis } from '../../involvements/testing/involvements-fixture';
import { LegalBasisList } from '../components/legal-basis-list';

const BASIS = legalBasis({ id: 'basis-ots' });
const MEMBERS = [ESTHER, LISANNE];

describe('a legal basis on an involvement', () => {
  it('shows the basis, whom and what it covers, and that the family has not been told yet, with the documented steps', async () => {
    await renderWithProviders(<LegalBasisList legalBases={[BASIS]} members={MEMBERS} />);
    const card = screen.getByRole('listitem');
    expect(card.textContent).toContain('Ondertoezichtstelling (OTS)');
    expect(card.textContent).toContain('Lisanne Meijer');
    expect(card.textContent).toContain('Veiligheid');
    expect(card.textContent).toContain('C/16/123456');
    expect(card.textContent).toContain('nog niet geïnformeerd');
    const delay = screen.getByText('Waarom het gezin het achteraf hoort');
    expect(delay.nextElementSibling?.textContent).toBe('Eerst de veiligheid van Lisanne regelen.');
    expect(screen.getByText('De vastgelegde stappen')).toBeVisible();
    expect(card.textContent).toContain('Het belang van Lisanne weegt zwaarder.');
  });

  it('records when the family was told, refusing a moment still to come', async () => {
    const informedAt = '2026-03-02T09:15';
    const informed: MockLink.MockedResponse = {
      request: {
        query: RecordFamilyInformedDocument,
        variables: { input: { legalBasisId: BASIS.id, informedAt: new Date(informedAt).toISOString() } },
      },
      result: { data: { recordFamilyInformed: { ...BASIS, familyInformedAt: new Date(informedAt).toISOString() } } },
    };
    await renderWithProviders(<LegalBasisList legalBases={[BASIS]} members={MEMBERS} />, { mocks: [informed] });
    fireEvent.click(screen.getByRole('button', { name: 'Vastleggen dat het gezin is geïnformeerd' }));
    // The form opens in place: the one question it asks gets the focus.
    await waitFor(() => expect(screen.getByLabelText('Wanneer is het gezin geïnformeerd?')).toHaveFocus());
    const field = screen.getByLabelText('Wanneer is het gezin geïnformeerd?');

    fireEvent.change(field, { target: { value: '2999-01-01T10:00' } });
    fireEvent.click(screen.getByRole('button', { name: 'Vastleggen' }));
    expect(await screen.findByText(/Dit moment ligt in de toekomst/)).toBeVisible();

    fireEvent.change(field, { target: { value: informedAt } });
    fireEvent.click(screen.getByRole('button', { name: 'Vastleggen' }));
    expect(await screen.findByText('Vastgelegd: het gezin is geïnformeerd.')).toBeVisible();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('listitem')));
  });

  it('revokes only after the question, and not when cancelled', async () => {
    const revoke: MockLink.MockedResponse = {
      request: { query: RevokeLegalBasisDocument, variables: { id: BASIS.id } },
      result: { data: { revokeLegalBasis: { ...BASIS, revokedAt: '2026-03-10T10:00:00.000Z' } } },
    };
    await renderWithProviders(<LegalBasisList legalBases={[BASIS]} members={MEMBERS} />, { mocks: [revoke] });
    fireEvent.click(screen.getByRole('button', { name: 'Grondslag intrekken' }));
    expect(screen.getByText(/Weet je het zeker\?/)).toBeVisible();
    fireEvent.click(screen.getByRole('button', { name: 'Annuleren' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Grondslag intrekken' }));

    fireEvent.click(screen.getByRole('button', { name: 'Grondslag intrekken' }));
    fireEvent.click(screen.getByRole('button', { name: 'Intrekken' }));
    expect(await screen.findByText('De grondslag is ingetrokken. De toegang die ze gaf, is meteen beëindigd.')).toBeVisible();
  });

  it('offers no changes to a revoked legal basis', async () => {
    await renderWithProviders(<LegalBasisList legalBases={[{ ...BASIS, revokedAt: '2026-03-05T10:00:00.000Z' }]} members={MEMBERS} />);
    expect(screen.getByRole('listitem').textContent).toContain('Ingetrokken');
    expect(screen.queryByRole('button')).toBeNull();
  });
});
