import { MockLink } from '@apollo/client/testing';
import { fireEvent, screen } from '@testing-library/react';
import { PortalAccessLogDocument, PortalAccessLogQuery } from '../../../graphql/generated/graphql';
import { PATHS } from '../../../shared/paths';
import { renderPage } from '../../portal-shared/testing/render-page';
import { AccessLogPage } from '../components/access-log-page';

type Entry = PortalAccessLogQuery['family']['accessLog'][number];

const line = (id: string, overrides: Partial<Entry>): Entry => ({
  __typename: 'AccessLogEntry',
  id,
  at: '2025-11-20T09:05:00Z',
  accountName: 'Marieke de Vries',
  accountKind: 'PROFESSIONAL',
  organisationName: 'Basisschool De Regenboog',
  action: 'READ',
  list: 'plan',
  itemId: null,
  basis: 'INVOLVEMENT_TASK',
  consentIds: ['consent-lisanne'],
  legalBasisIds: [],
  ...overrides,
});

const log: MockLink.MockedResponse = {
  request: { query: PortalAccessLogDocument, variables: { familyId: 'gezin-meijer', limit: 50 } },
  result: {
    data: {
      family: {
        __typename: 'Family',
        id: 'gezin-meijer',
        name: 'Gezin Meijer',
        myRelation: { __typename: 'MyRelation', type: 'FAMILY_MEMBER', memberId: 'esther' },
        accessLog: [
          line('1', { at: '2025-11-20T10:00:00Z', accountName: 'Esther de Graaf', accountKind: 'FAMILY_MEMBER', organisationName: null, basis: 'FAMILY_OWN', consentIds: [] }),
          line('2', { list: 'plan' }),
          line('3', { list: 'family' }),
          line('4', { at: '2025-11-19T15:30:00Z', accountName: 'Sanne Jansen', organisationName: 'Wijkteam Utrecht Centrum', basis: 'REGISSEUR', consentIds: [] }),
        ],
      },
    },
  },
};

describe('who looked at the family’s plan', () => {
  it('lists the professionals who read it, with when and why they could, in plain words', async () => {
    await renderPage(<AccessLogPage />, { mocks: [log], path: PATHS.familyPortalAccessLog, url: '/ons-plan/gezin-meijer/bekeken' });
    await screen.findByRole('heading', { level: 1, name: 'Wie heeft ons plan bekeken' });

    expect(screen.getByRole('heading', { name: '20 november 2025' })).toBeVisible();
    expect(screen.getByText('Marieke de Vries, Basisschool De Regenboog')).toBeVisible();
    expect(screen.getByText('Bekeek het plan en wie er in het gezin zijn en wie helpen')).toBeVisible();
    expect(screen.getByText('10:05')).toBeVisible();
    expect(screen.getByText('Voor de eigen taak bij jullie gezin, met jullie toestemming')).toBeVisible();
    expect(screen.getByText('Sanne Jansen, Wijkteam Utrecht Centrum')).toBeVisible();
    expect(screen.getByText('Als jullie regisseur')).toBeVisible();
    // What the family did itself is there on request.
    expect(screen.queryByText('Esther de Graaf (gezinslid)')).toBeNull();
    fireEvent.click(screen.getByLabelText('Laat ook zien wat gezinsleden zelf deden'));
    expect(screen.getByText('Esther de Graaf (gezinslid)')).toBeVisible();
  });
});
