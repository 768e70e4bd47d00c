import { screen } from '@testing-library/react';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { SafetyMeaning } from '../components/safety-meaning';
import { planItem } from '../testing/plan-item-fixture';

describe('what "safe" means, in the portal', () => {
  it('shows the views that were recorded under the heading', async () => {
    const plan = planItem({ kind: 'SAFETY_PLAN', safetyForChild: 'Niemand schreeuwt als wij erbij zijn.', safetyForParents: null });
    await renderWithProviders(<SafetyMeaning plan={plan} title="Wat is veilig?" />);
    expect(screen.getByRole('heading', { level: 3, name: 'Wat is veilig?' })).toBeInTheDocument();
    expect(screen.getByText('Niemand schreeuwt als wij erbij zijn.')).toBeInTheDocument();
  });

  it('leaves out the heading too when nobody recorded what safe means', async () => {
    const plan = planItem({ kind: 'SAFETY_PLAN', safetyForChild: null, safetyForParents: null, safetyForProfessionals: null });
    await renderWithProviders(<SafetyMeaning plan={plan} title="Wat is veilig?" />);
    expect(screen.queryByRole('heading', { name: 'Wat is veilig?' })).not.toBeInTheDocument();
  });
});
