import { screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { FamilyPlanHeader } from '../components/family-plan-header';
import { involvement } from '../testing/plan-item-fixture';

const regisseur = involvement({ id: 'regie', isRegisseur: true, organisationType: 'NEIGHBOURHOOD_TEAM', organisationName: 'Wijkteam' });

function family(mine: ReturnType<typeof involvement>, isRegisseur = false) {
  return {
    id: 'family-1',
    name: 'Gezin Vos',
    lastPlanChangeAt: '2026-01-01T10:00:00Z',
    myRelation: { __typename: 'MyRelation' as const, type: 'PROFESSIONAL' as const, involvementId: mine.id, memberId: null, networkMemberId: null, isRegisseur },
    involvements: [regisseur, mine],
  };
}

async function renderHeader(mine: ReturnType<typeof involvement>) {
  await renderWithProviders(
    <MemoryRouter>
      <FamilyPlanHeader family={family(mine)} ownInvolvement={mine} />
    </MemoryRouter>,
  );
}

describe('the plan page’s header', () => {
  it('leads a certified institution’s professional to the consent page, where they consent on its behalf', async () => {
    await renderHeader(involvement({ id: 'jb', organisationType: 'YOUTH_PROTECTION', organisationName: 'Jeugdbescherming Regio', task: 'Voogdij' }));
    expect(screen.getByRole('link', { name: 'Toestemming namens Jeugdbescherming Regio' }).getAttribute('href')).toBe('/gezinnen/family-1/toestemming');
  });

  it('offers no such link to another partner', async () => {
    await renderHeader(involvement({ id: 'school', organisationType: 'SCHOOL', organisationName: 'De Regenboog', task: 'School' }));
    expect(await screen.findByText('Je taak: School')).toBeVisible();
    expect(screen.queryByRole('link', { name: /Toestemming/ })).toBeNull();
  });
});
