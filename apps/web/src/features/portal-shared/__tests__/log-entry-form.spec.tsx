import { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { dutchToday } from '@gezinsplan/domain';
import { PortalAddLogEntryDocument } from '../../../graphql/generated/graphql';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { LogEntryForm } from '../components/log-entry-form';
import { planItem } from '../testing/plan-item-fixture';

const text = 'Kinderen om vijf uur bij Erik gebracht. Rustige overdracht.';

function addAnswering(result: MockLink.MockedResponse['result'], expected: Record<string, unknown>): MockLink.MockedResponse {
  return {
    request: {
      query: PortalAddLogEntryDocument,
      variables: (variables: { input: Record<string, unknown> }) =>
        Object.entries(expected).every(([key, value]) => variables.input[key] === value),
    },
    result,
  };
}

function write(value: string): void {
  fireEvent.change(screen.getByLabelText('Wat is er gebeurd?'), { target: { value } });
  fireEvent.click(screen.getByRole('button', { name: 'Opslaan in het logboek' }));
}

describe('writing in the logbook', () => {
  it('writes a network member’s entry in the safety plan’s logbook, on today unless told otherwise', async () => {
    const saved = addAnswering(
      { data: { addPlanItem: planItem({ kind: 'LOG_ENTRY', category: 'SAFETY', text }) } },
      { kind: 'LOG_ENTRY', category: 'SAFETY', text, occurredOn: dutchToday(), familyId: 'gezin-koster' },
    );
    await renderWithProviders(<LogEntryForm familyId="gezin-koster" category="SAFETY" />, { mocks: [saved] });
    expect((screen.getByLabelText('Op welke dag?') as HTMLInputElement).value).toBe(dutchToday());
    write(text);

    expect(await screen.findByText('Opgeslagen. Je bericht staat nu in het logboek.')).toBeVisible();
    expect((screen.getByLabelText('Wat is er gebeurd?') as HTMLTextAreaElement).value).toBe('');
  });

  it('lets the family put an entry in the safety plan’s logbook, saying the network reads it too', async () => {
    const saved = addAnswering(
      { data: { addPlanItem: planItem({ kind: 'LOG_ENTRY', category: 'SAFETY', text }) } },
      { category: 'SAFETY' },
    );
    await renderWithProviders(<LogEntryForm familyId="gezin-koster" category="GENERAL" offerSafetyLogbook />, {
      mocks: [saved],
    });
    fireEvent.click(screen.getByLabelText('Dit gaat over het veiligheidsplan'));
    write(text);
    expect(await screen.findByText('Opgeslagen. Je bericht staat nu in het logboek.')).toBeVisible();
  });

  it('says what is missing next to the empty field, without asking the API', async () => {
    await renderWithProviders(<LogEntryForm familyId="gezin-koster" category="SAFETY" />);
    write('   ');
    const field = screen.getByLabelText('Wat is er gebeurd?');
    const message = await screen.findByText('Schrijf eerst op wat er is gebeurd.');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')).toContain(message.id);
    await waitFor(() => expect(document.activeElement).toBe(field));

    // The message goes as soon as the field is filled in.
    fireEvent.change(field, { target: { value: text } });
    await waitFor(() => expect(screen.queryByText('Schrijf eerst op wat er is gebeurd.')).toBeNull());
    expect(field.getAttribute('aria-invalid')).not.toBe('true');
  });

  it('shows a day the API rejected next to the day field', async () => {
    const rejected = addAnswering(
      {
        errors: [
          {
            message: 'occurredOn: must be a date (YYYY-MM-DD)',
            extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'occurredOn', message: 'must be a date (YYYY-MM-DD)' }] },
          },
        ],
      },
      {},
    );
    await renderWithProviders(<LogEntryForm familyId="gezin-koster" category="SAFETY" />, { mocks: [rejected] });
    write(text);

    const message = await screen.findByText('Kies een dag die vandaag is of eerder.');
    const day = screen.getByLabelText('Op welke dag?');
    expect(day.getAttribute('aria-invalid')).toBe('true');
    expect(day.getAttribute('aria-describedby')).toContain(message.id);
    await waitFor(() => expect(document.activeElement).toBe(day));
    expect(screen.getByLabelText('Wat is er gebeurd?').getAttribute('aria-invalid')).not.toBe('true');
    // What was typed stays, so nothing is lost.
    expect((screen.getByLabelText('Wat is er gebeurd?') as HTMLTextAreaElement).value).toBe(text);
  });

  it('says once, next to the form, that saving failed for a reason the person cannot fix', async () => {
    await renderWithProviders(<LogEntryForm familyId="gezin-koster" category="SAFETY" />, {
      mocks: [addAnswering({ errors: [{ message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }, {})],
    });
    write(text);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'Opslaan lukt nu niet door een storing. Je tekst staat er nog. Probeer het over een paar minuten opnieuw.',
    );
  });
});
