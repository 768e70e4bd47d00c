import { proposeRegisseur } from './regisseur-rule';

const at = (day: number) => new Date(Date.UTC(2026, 0, day));

describe('proposeRegisseur', () => {
  const priority = ['YOUTH_PROTECTION', 'VEILIG_THUIS', 'NEIGHBOURHOOD_TEAM'] as const;

  it('prefers the configured organisation types in order', () => {
    const school = { organisationType: 'SCHOOL', registeredAt: at(1) };
    const wijkteam = { organisationType: 'NEIGHBOURHOOD_TEAM', registeredAt: at(5) };
    const veiligThuis = { organisationType: 'VEILIG_THUIS', registeredAt: at(9) };
    expect(proposeRegisseur([school, wijkteam, veiligThuis], priority)).toBe(veiligThuis);
    expect(proposeRegisseur([school, wijkteam], priority)).toBe(wijkteam);
  });

  it('takes the earliest signal among equals and among the unlisted', () => {
    const later = { organisationType: 'SCHOOL', registeredAt: at(3) };
    const earlier = { organisationType: 'GENERAL_PRACTITIONER', registeredAt: at(2) };
    expect(proposeRegisseur([later, earlier], priority)).toBe(earlier);
  });

  it('proposes nobody without candidates', () => {
    expect(proposeRegisseur([], priority)).toBeNull();
  });
});
