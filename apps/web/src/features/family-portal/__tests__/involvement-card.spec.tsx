import { screen } from '@testing-library/react';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { InvolvementCard } from '../components/involvement-card';
import { esthersFamily } from './family-fixture';

describe('who helps the family, in the portal', () => {
  const [, school] = esthersFamily().involvements;

  it('says what an organisation does when the task concerns the reader’s part of the plan', async () => {
    await renderWithProviders(<ul><InvolvementCard involvement={school} /></ul>);
    expect(screen.getByText('School: hoe het met Lisanne gaat in de klas')).toBeInTheDocument();
  });

  it('says only that they help someone else when the API leaves the task out', async () => {
    await renderWithProviders(<ul><InvolvementCard involvement={{ ...school, task: null }} /></ul>);
    expect(screen.getByRole('heading', { name: 'Basisschool De Regenboog' })).toBeInTheDocument();
    expect(screen.getByText('Ze helpen iemand anders in het gezin. Wat ze doen, is van die persoon zelf.')).toBeInTheDocument();
  });
});
