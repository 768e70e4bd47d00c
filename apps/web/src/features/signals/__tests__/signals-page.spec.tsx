import { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { MarkNotificationReadDocument, MyNotificationsDocument, MySignalsDocument, WithdrawSignalDocument } from '../../../graphql/generated/graphql';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { SignalsPage } from '../components/signals-page';
import { mariekeOnLisanne, mariekesMatch } from '../testing/signal-fixture';

const notification = {
  __typename: 'Notification' as const,
  id: 'n1',
  kind: 'SIGNAL_MATCH',
  message: 'Match voor de jongere L. M., geboren 01-09-2016: Eva Smit (GGZ Midden-Nederland)',
  familyId: null,
  familyName: null,
  settled: null,
  createdAt: '2026-03-10T09:00:00.000Z',
  readAt: null,
};

const signalsAnswer = (matches: unknown[]): MockLink.MockedResponse => ({
  request: { query: MySignalsDocument },
  result: { data: { mySignals: matches } },
});
const notificationsAnswer: MockLink.MockedResponse = {
  request: { query: MyNotificationsDocument },
  result: { data: { myNotifications: [notification] } },
};

async function renderPage(mocks: MockLink.MockedResponse[]) {
  await renderWithProviders(
    <MemoryRouter>
      <SignalsPage />
    </MemoryRouter>,
    { mocks },
  );
}

describe('the signals page', () => {
  it('shows per young person the match, everyone who signalled them with their contact details, and the siblings', async () => {
    await renderPage([signalsAnswer([mariekesMatch]), notificationsAnswer]);
    const card = await screen.findByRole('article', { name: 'Lisanne Meijer' });
    const text = card.textContent ?? '';
    expect(text).toContain('Match');
    expect(text).toContain('GGZ Midden-Nederland');
    expect(text).toContain('Geestelijke gezondheid');
    expect(within(card).getAllByRole('link', { name: '030 200 1122' })[0].getAttribute('href')).toBe('tel:0302001122');
    expect(within(card).getAllByRole('link', { name: 'eva.smit@ggz.example' })[0].getAttribute('href')).toBe('mailto:eva.smit@ggz.example');
    expect(text).toContain('Jouw signaal');
    expect(within(card).getByRole('heading', { name: 'Signalen over Lars Meijer' })).toBeVisible();
    expect(text).toContain('Politie Eenheid Midden-Nederland');
    expect(within(card).getByRole('link', { name: 'Gezinsplan starten' }).getAttribute('href')).toBe(
      '/signalen/subject-lisanne/gezinsplan-starten',
    );
  });

  it('leads to the regisseur of the plan the young person already has, instead of starting a second one', async () => {
    const withPlan = {
      ...mariekesMatch,
      existingPlan: { __typename: 'ExistingPlan' as const, matchedBy: 'BSN' as const, regisseurName: 'Fatima El Amrani',
        organisationName: 'Wijkteam Utrecht Zuid', phone: '030 300 9988', email: 'fatima@wijkteam.example' },
    };
    await renderPage([signalsAnswer([withPlan]), notificationsAnswer]);
    const card = await screen.findByRole('article', { name: 'Lisanne Meijer' });
    expect(within(card).getByRole('heading', { name: 'Lisanne Meijer heeft al een gezinsplan' })).toBeVisible();
    expect(card.textContent).toContain('Fatima El Amrani (Wijkteam Utrecht Zuid)');
    expect(within(card).getByRole('link', { name: '030 300 9988' }).getAttribute('href')).toBe('tel:0303009988');
    const ask = within(card).getByRole('link', { name: 'Vraag de regisseur om mij erbij te betrekken' }).getAttribute('href') ?? '';
    expect(ask).toMatch(/^mailto:fatima@wijkteam\.example\?subject=/);
    // The prepared mail names nobody: mail can be read by others.
    expect(decodeURIComponent(ask)).not.toContain('Lisanne');
    expect(within(card).queryByRole('link', { name: 'Gezinsplan starten' })).toBeNull();
  });

  it('marks a new match read, after which it leaves the list', async () => {
    const mocks = [
      signalsAnswer([mariekesMatch]),
      notificationsAnswer,
      { request: { query: MarkNotificationReadDocument, variables: { id: 'n1' } }, result: { data: { markNotificationRead: true } } },
    ];
    await renderPage(mocks);
    const markRead = await screen.findByRole('button', { name: `Markeer als gelezen: ${notification.message}` });
    fireEvent.click(markRead);
    expect(await screen.findByText('Je hebt alle nieuwe matches gelezen.')).toBeVisible();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Nieuwe matches' })));
  });

  it('withdraws my signal only after confirming, and says so', async () => {
    const mocks = [
      signalsAnswer([mariekesMatch]),
      notificationsAnswer,
      { request: { query: WithdrawSignalDocument, variables: { input: { signalId: mariekeOnLisanne.id } } }, result: { data: { withdrawSignal: true } } },
      signalsAnswer([]),
    ];
    await renderPage(mocks);
    const card = await screen.findByRole('article', { name: 'Lisanne Meijer' });
    fireEvent.click(within(card).getByRole('button', { name: 'Signaal intrekken' }));
    const question = within(card).getByRole('group', { name: 'Signaal over Lisanne Meijer intrekken?' });
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Signaal over Lisanne Meijer intrekken?'));
    fireEvent.click(within(question).getByRole('button', { name: 'Ja, signaal intrekken' }));
    expect(await screen.findByText('Je signaal voor Lisanne Meijer is ingetrokken.')).toBeVisible();
    expect(await screen.findByText(/Je hebt geen actieve signalen/)).toBeVisible();
  });
});
