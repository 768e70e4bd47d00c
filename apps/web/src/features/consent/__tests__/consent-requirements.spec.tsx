import { screen } from '@testing-library/react';
import { FamilyConsentQuery } from '../../../graphql/generated/graphql';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { involvement, member } from '../../family-plan/testing/plan-item-fixture';
import { ConsentRequirements } from '../components/consent-requirements';
import { WhatYouCanDo } from '../components/what-you-can-do';
import { consentRuleText } from '../utils/consent-rule';

const samenVeilig = involvement({ id: 'inv-sv', organisationId: 'sv', organisationName: 'Samen Veilig', organisationType: 'YOUTH_PROTECTION' });

const family = (requirements: FamilyConsentQuery['family']['consentRequirements']): FamilyConsentQuery['family'] => ({
  id: 'family-1',
  name: 'Gezin Meijer',
  involvements: [samenVeilig],
  consentRequirements: requirements,
  consents: [],
  myRelation: { type: 'PROFESSIONAL', isRegisseur: true, involvementId: 'inv-regie' },
  members: [
    member('esther', 'Esther', 'Meijer', { role: 'PARENT', hasParentalAuthority: true }),
    member('noor', 'Noor', 'Meijer', { age: 9 }),
    member('daan', 'Daan', 'Meijer', { age: 13 }),
  ],
});

describe('who must consent, with parental authority at a certified institution', () => {
  it('says the institution decides for a child under 12 rather than "the parents", and names it as the one to consent', async () => {
    await renderWithProviders(
      <ConsentRequirements
        family={family([
          { __typename: 'ConsentRequirement', memberId: 'noor', rule: 'UNDER_12', requiredConsenterIds: [], requiredInstitutionId: 'sv' },
          { __typename: 'ConsentRequirement', memberId: 'daan', rule: 'FROM_12_TO_15', requiredConsenterIds: ['daan'], requiredInstitutionId: 'sv' },
        ])}
      />,
    );
    expect(screen.getByText('Jonger dan 12: de gecertificeerde instelling met gezag beslist, omdat de rechter dat heeft bepaald.')).toBeVisible();
    expect(screen.getByText(/^12 tot 16 jaar: de gecertificeerde instelling met gezag én het kind zelf/)).toBeVisible();
    expect(screen.queryByText(/de ouders met gezag/)).toBeNull();
    expect(screen.getAllByText('Samen Veilig', { exact: false }).length).toBe(2);
    expect(screen.getByText('Samen Veilig, Daan Meijer')).toBeVisible();
  });

  it('keeps the parents’ rule where no institution holds authority', () => {
    expect(consentRuleText({ rule: 'UNDER_12', requiredConsenterIds: ['esther'], requiredInstitutionId: null })).toBe('UNDER_12');
    expect(consentRuleText({ rule: 'FROM_16', requiredConsenterIds: ['lars'], requiredInstitutionId: 'sv' })).toBe('FROM_16');
    expect(consentRuleText({ rule: 'SOMETHING_NEW', requiredConsenterIds: [] })).toBeNull();
  });
});

describe('the consent page for a professional who is not the regisseur', () => {
  const regie = involvement({ id: 'inv-regie', professionalName: 'Kees Dekker', isRegisseur: true });
  const noorUnderInstitution = [{ __typename: 'ConsentRequirement' as const, memberId: 'noor', rule: 'UNDER_12', requiredConsenterIds: [], requiredInstitutionId: 'sv' }];

  it('tells the institution’s professional that they give consent for the child, where, and whom to ask', async () => {
    const asInstitution = { ...family(noorUnderInstitution), involvements: [regie, samenVeilig], myRelation: { type: 'PROFESSIONAL', isRegisseur: false, involvementId: 'inv-sv' } };
    await renderWithProviders(<WhatYouCanDo family={asInstitution} />);
    expect(screen.getByText('Samen Veilig heeft het gezag over Noor Meijer. Daarom beslist Samen Veilig over toestemming voor Noor Meijer.')).toBeVisible();
    expect(screen.getByText(/^Kees Dekker is de regisseur en legt vast waarvoor toestemming nodig is\..*Vraag Kees Dekker om hem vast te leggen\.$/)).toBeVisible();
  });

  it('tells any other partner only that the regisseur records consent', async () => {
    const school = involvement({ id: 'inv-school' });
    const asSchool = { ...family(noorUnderInstitution), involvements: [regie, samenVeilig, school], myRelation: { type: 'PROFESSIONAL', isRegisseur: false, involvementId: 'inv-school' } };
    await renderWithProviders(<WhatYouCanDo family={asSchool} />);
    expect(screen.getByText('Alleen de regisseur legt toestemming vast.')).toBeVisible();
    expect(screen.queryByText(/heeft het gezag/)).toBeNull();
  });
});
