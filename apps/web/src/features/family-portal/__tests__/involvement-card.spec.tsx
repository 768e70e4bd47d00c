import { screen } from '@testing-library/react';
import { ReactElement } from 'react';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { InvolvementCard } from '../components/involvement-card';
import { OurPlanProvider } from '../components/our-plan-context';
import { esthersFamily } from './family-fixture';

function inOurPlan(card: ReactElement) {
  const family = esthersFamily();
  return (
    <OurPlanProvider value={{ familyId: family.id, memberId: 'esther', members: family.members, responses: new Map(), regisseurName: 'Sanne Jansen', closed: false }}>
      <ul>{card}</ul>
    </OurPlanProvider>
  );
}

describe('who helps the family, in the portal', () => {
  const [, school] = esthersFamily().involvements;

  it('says what an organisation does when the task concerns the reader’s part of the plan', async () => {
    await renderWithProviders(inOurPlan(<InvolvementCard involvement={school} />));
    expect(screen.getByText('School: hoe het met Lisanne gaat in de klas')).toBeInTheDocument();
  });

  it('says whom they help, not what with, when the API leaves the task out', async () => {
    await renderWithProviders(inOurPlan(<InvolvementCard involvement={{ ...school, task: null }} />));
    expect(screen.getByRole('heading', { name: 'Basisschool De Regenboog' })).toBeInTheDocument();
    expect(screen.getByText('Ze helpen Lisanne. Waarmee, is aan Lisanne zelf om te vertellen.')).toBeInTheDocument();
  });
});
