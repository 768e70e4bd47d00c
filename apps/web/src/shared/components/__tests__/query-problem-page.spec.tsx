import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { fireEvent, screen } from '@testing-library/react';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { QueryProblemPage } from '../query-problem-page';

const answer = (code: string) => new CombinedGraphQLErrors({ data: null, errors: [{ message: 'for the log, not the screen', extensions: { code } }] });

describe('a page that could not be read', () => {
  it('says a busy server (SERVER_BUSY) as such and offers to try again', async () => {
    const retry = jest.fn();
    await renderWithProviders(<QueryProblemPage error={answer('SERVER_BUSY')} onRetry={retry} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Het is erg druk in Gezinsplan' })).toBeVisible();
    expect(screen.getByText(/Er is niets opgeslagen of veranderd. Probeer het over een minuut opnieuw./)).toBeVisible();
    expect(screen.queryByText(/storing/)).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Opnieuw proberen' }));
    expect(retry).toHaveBeenCalledTimes(1);
  });

  it('says it in English too', async () => {
    await renderWithProviders(<QueryProblemPage error={answer('SERVER_BUSY')} onRetry={jest.fn()} />, { language: 'en' });
    expect(screen.getByRole('heading', { level: 1, name: 'Gezinsplan is very busy' })).toBeVisible();
    expect(screen.getByText(/Nothing was saved or changed. Try again in a minute./)).toBeVisible();
  });

  it('still says a fault, or a lost connection, as the service being unreachable', async () => {
    await renderWithProviders(<QueryProblemPage error={answer('SERVICE_UNAVAILABLE')} onRetry={jest.fn()} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Gezinsplan is niet bereikbaar' })).toBeVisible();
  });
});
