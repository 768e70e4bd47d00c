import { screen } from '@testing-library/react';
import { FamilyPlanQuery } from '../../../graphql/generated/graphql';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { member } from '../testing/plan-item-fixture';
import { MembersSection } from '../components/members-section';

describe('the family on the plan', () => {
  it('says a baby is younger than 1 year, not 0 years old', async () => {
    const members: FamilyPlanQuery['family']['members'] = [
      { ...member('noor', 'Noor', 'Meijer', { role: 'CHILD', age: 0 }), portalAccess: 'NONE' },
      { ...member('lars', 'Lars', 'Meijer', { role: 'CHILD', age: 1 }), portalAccess: 'NONE' },
    ];
    await renderWithProviders(<MembersSection familyId="gezin" members={members} network={[]} isRegisseur={false} />);
    expect(screen.getByText(/Noor Meijer/).closest('li')).toHaveTextContent('jonger dan 1 jaar');
    expect(screen.getByText(/Lars Meijer/).closest('li')).toHaveTextContent('1 jaar');
    expect(screen.queryByText(/\b0 jaar/)).toBeNull();
  });
});
