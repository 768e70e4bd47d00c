import { MockLink } from '@apollo/client/testing';
import { fireEvent, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { SignalLookUpDocument } from '../../../graphql/generated/graphql';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { SignalLookUpPage } from '../components/signal-look-up-page';
import { mariekesMatch } from '../testing/signal-fixture';

const lookUp = (bsn: string, answer: unknown): MockLink.MockedResponse => ({
  request: { query: SignalLookUpDocument, variables: { bsn } },
  result: { data: { signalLookUp: answer } },
});

async function search(bsn: string, mocks: MockLink.MockedResponse[]) {
  await renderWithProviders(
    <MemoryRouter>
      <SignalLookUpPage />
    </MemoryRouter>,
    { mocks },
  );
  fireEvent.change(screen.getByLabelText('BSN'), { target: { value: bsn } });
  fireEvent.click(screen.getByRole('button', { name: 'Zoeken' }));
}

describe('looking up a signal by BSN', () => {
  it('answers neutrally without a signal of my own, saying nothing about anyone else', async () => {
    await search('999 991 103', [lookUp('999991103', null)]);
    const result = await screen.findByRole('region', { name: 'Resultaat' });
    expect(result.textContent).toContain('Je hebt geen signaal voor dit BSN.');
    expect(result.textContent).not.toMatch(/GGZ|match/i);
  });

  it('shows the match through my own signal', async () => {
    await search('999991103', [lookUp('999991103', mariekesMatch)]);
    expect(await screen.findByRole('article', { name: 'Lisanne Meijer' })).toBeVisible();
  });

  it('asks for nine digits before asking the API', async () => {
    await search('12345', []);
    expect(await screen.findByText('Vul een BSN van 9 cijfers in.')).toBeVisible();
  });
});
