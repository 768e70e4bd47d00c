import { MockLink } from '@apollo/client/testing';
import { fireEvent, screen } from '@testing-library/react';
import { ConsentFieldsFragment, FamilyConsentQuery, GiveInstitutionConsentDocument } from '../../../graphql/generated/graphql';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { involvement, member } from '../../family-plan/testing/plan-item-fixture';
import { ConsentCard } from '../components/consent-card';

const jeugdbescherming = involvement({
  id: 'inv-jb',
  professionalName: 'Joost Bakker',
  organisationId: 'jb',
  organisationName: 'Jeugdbescherming Regio',
  organisationType: 'YOUTH_PROTECTION',
});
const school = involvement({ id: 'inv-school' });

const family = (myInvolvementId: string): FamilyConsentQuery['family'] => ({
  id: 'family-1',
  name: 'Gezin Meijer',
  involvements: [jeugdbescherming, school],
  consentRequirements: [{ memberId: 'noor', rule: 'UNDER_12', requiredConsenterIds: [], requiredInstitutionId: 'jb' }],
  consents: [],
  myRelation: { type: 'PROFESSIONAL', isRegisseur: false, involvementId: myInvolvementId },
  members: [member('esther', 'Esther', 'Meijer', { role: 'PARENT', hasParentalAuthority: true }), member('noor', 'Noor', 'Meijer')],
});

const consent: ConsentFieldsFragment = {
  __typename: 'Consent',
  id: 'consent-1',
  subjectMemberId: 'noor',
  purpose: 'PLAN_EXCHANGE',
  recipientInvolvementIds: ['inv-school'],
  categories: ['SCHOOL'],
  requiredConsenterIds: [],
  requiredInstitutionId: 'jb',
  givenBy: [{ __typename: 'ConsentGiven', memberId: 'esther', name: 'Esther Meijer', givenAt: '2026-01-10T10:00:00Z' }],
  givenByInstitutions: [],
  effective: false,
  validFrom: '2026-01-10',
  validUntil: null,
  recordedAt: '2026-01-10T10:00:00Z',
  recordedByName: 'Sanne Jansen',
  withdrawnAt: null,
  withdrawalNote: null,
};

describe('a consent about a child whose authority lies with a certified institution', () => {
  it('names the institution as still needed, and lets its professional give the consent on its behalf', async () => {
    const give: MockLink.MockedResponse = {
      request: { query: GiveInstitutionConsentDocument, variables: { input: { consentId: 'consent-1' } } },
      result: {
        data: {
          giveInstitutionConsent: {
            ...consent,
            effective: true,
            givenByInstitutions: [{ __typename: 'ConsentGivenByInstitution', organisationId: 'jb', name: 'Jeugdbescherming Regio', givenAt: '2026-02-01T10:00:00Z' }],
          },
        },
      },
    };
    await renderWithProviders(
      <ul>
        <ConsentCard consent={consent} family={family('inv-jb')} today="2026-03-10" mayRecord={false} />
      </ul>,
      { mocks: [give] },
    );
    expect(screen.getByText('Jeugdbescherming Regio')).toBeVisible();
    fireEvent.click(screen.getByRole('button', { name: 'Toestemming geven namens Jeugdbescherming Regio' }));
    expect(await screen.findByText(/Jeugdbescherming Regio/, { selector: '[role="status"] *' })).toBeVisible();
  });

  it('offers no other professional to give it', async () => {
    await renderWithProviders(
      <ul>
        <ConsentCard consent={consent} family={family('inv-school')} today="2026-03-10" mayRecord={false} />
      </ul>,
    );
    expect(screen.queryByRole('button', { name: /namens/ })).toBeNull();
  });
});
