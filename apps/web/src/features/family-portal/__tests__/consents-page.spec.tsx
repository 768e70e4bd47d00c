import { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import {
  PortalConsentFragment,
  PortalConsentsDocument,
  PortalConsentsQuery,
  PortalWithdrawConsentDocument,
} from '../../../graphql/generated/graphql';
import { PATHS } from '../../../shared/paths';
import { renderPage } from '../../portal-shared/testing/render-page';
import { ConsentsPage } from '../components/consents-page';

const LISANNE: PortalConsentFragment = {
  __typename: 'Consent',
  id: 'consent-lisanne',
  subjectMemberId: 'lisanne',
  purpose: 'PLAN_EXCHANGE',
  recipientInvolvementIds: ['inv-marieke'],
  categories: ['SCHOOL', 'GENERAL'],
  effective: true,
  givenBy: [{ __typename: 'ConsentGiven', memberId: 'esther', name: 'Esther de Graaf', givenAt: '2025-10-07T09:00:00Z' }],
  requiredConsenterIds: ['esther'],
  validFrom: '2025-10-07',
  validUntil: '2099-10-07',
  recordedAt: '2025-10-07T09:00:00Z',
  withdrawnAt: null,
  withdrawalNote: null,
};

type Authority = PortalConsentsQuery['family']['institutionalAuthorities'][number];

function family(consents: PortalConsentFragment[], closedAt: string | null = null, institutionalAuthorities: Authority[] = []): PortalConsentsQuery['family'] {
  return {
    __typename: 'Family',
    id: 'gezin-meijer',
    name: 'Gezin Meijer',
    closedAt,
    myRelation: { __typename: 'MyRelation', type: 'FAMILY_MEMBER', memberId: 'esther' },
    members: [
      { __typename: 'FamilyMember', id: 'esther', givenName: 'Esther', familyName: 'de Graaf' },
      { __typename: 'FamilyMember', id: 'lisanne', givenName: 'Lisanne', familyName: 'Meijer' },
    ],
    involvements: [
      {
        __typename: 'Involvement',
        id: 'inv-marieke',
        organisationName: 'Basisschool De Regenboog',
        professionalName: 'Marieke de Vries',
        task: 'School',
        isRegisseur: false,
        endedAt: null,
      },
    ],
    consents,
    institutionalAuthorities,
  };
}

const consentsQuery = (consents: PortalConsentFragment[], closedAt: string | null = null): MockLink.MockedResponse => ({
  request: { query: PortalConsentsDocument, variables: { familyId: 'gezin-meijer' } },
  result: { data: { family: family(consents, closedAt) } },
});

async function openConsents(mocks: MockLink.MockedResponse[]) {
  await renderPage(<ConsentsPage />, { mocks, path: PATHS.familyPortalConsents, url: '/ons-plan/gezin-meijer/toestemming' });
  await screen.findByRole('heading', { level: 1, name: 'Toestemming' });
}

describe('the family’s consents', () => {
  it('say that a certified institution now decides on consent for a child, because a court decided so', async () => {
    const authority: Authority = {
      __typename: 'InstitutionalAuthority',
      id: 'ruling',
      memberId: 'lisanne',
      organisationName: 'Jeugdbescherming Regio',
      startsOn: '2025-01-01',
      endsOn: null,
    };
    const ended: Authority = { ...authority, id: 'old-ruling', startsOn: '2020-01-01', endsOn: '2020-12-31', organisationName: 'Oude Instelling' };
    await openConsents([
      { request: { query: PortalConsentsDocument, variables: { familyId: 'gezin-meijer' } }, result: { data: { family: family([], null, [authority, ended]) } } },
    ]);
    expect(
      screen.getByText('Voor Lisanne Meijer beslist nu Jeugdbescherming Regio over toestemming, omdat de rechter dat heeft bepaald.'),
    ).toBeVisible();
    expect(screen.queryByText(/Oude Instelling/)).toBeNull();
  });

  it('say nothing of an institution while none holds authority', async () => {
    await openConsents([consentsQuery([LISANNE])]);
    expect(screen.queryByText(/omdat de rechter dat heeft bepaald/)).toBeNull();
  });

  it('say what is shared about whom, with whom, and since when', async () => {
    await openConsents([consentsQuery([LISANNE])]);
    const card = screen.getByRole('heading', { name: 'Informatie over Lisanne Meijer delen met hulpverleners' }).closest('li')!;
    expect(within(card).getByText('Deze toestemming geldt nu.')).toBeVisible();
    expect(within(card).getByText('Marieke de Vries (Basisschool De Regenboog)')).toBeVisible();
    expect(within(card).getByText('school en het plan in het algemeen')).toBeVisible();
    expect(within(card).getByText('Esther de Graaf op 7 oktober 2025')).toBeVisible();
  });

  it('ask for a clear confirmation before a consent is withdrawn, and can be left alone', async () => {
    await openConsents([consentsQuery([LISANNE])]);
    fireEvent.click(screen.getByRole('button', { name: 'Toestemming intrekken' }));

    const question = screen.getByRole('heading', { name: 'Weet je zeker dat je je toestemming wilt intrekken?' });
    expect(document.activeElement).toBe(question);
    expect(
      screen.getByText(
        'Als je je toestemming intrekt, mag Marieke de Vries (Basisschool De Regenboog) deze informatie niet meer zien. Dat gaat meteen in.',
      ),
    ).toBeVisible();
    fireEvent.click(screen.getByRole('button', { name: 'Nee, niet intrekken' }));
    expect(screen.queryByRole('heading', { name: /Weet je zeker/ })).toBeNull();
    await screen.findByRole('button', { name: 'Toestemming intrekken' });
  });

  it('withdraw a consent with a reason, and then say it no longer applies', async () => {
    const withdraw: MockLink.MockedResponse = {
      request: {
        query: PortalWithdrawConsentDocument,
        variables: { input: { consentId: LISANNE.id, note: 'Ik wil dit eerst met de school bespreken.' } },
      },
      result: {
        data: {
          withdrawConsent: {
            ...LISANNE,
            effective: false,
            withdrawnAt: '2025-11-20T10:00:00Z',
            withdrawalNote: 'Ik wil dit eerst met de school bespreken.',
          },
        },
      },
    };
    await openConsents([consentsQuery([LISANNE]), withdraw]);
    fireEvent.click(screen.getByRole('button', { name: 'Toestemming intrekken' }));
    fireEvent.change(screen.getByLabelText('Waarom trek je je toestemming in? (niet verplicht)'), {
      target: { value: 'Ik wil dit eerst met de school bespreken.' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Ja, trek mijn toestemming in' }));

    expect(await screen.findByText('Je toestemming is ingetrokken. Dat geldt vanaf nu.')).toBeVisible();
    expect(screen.getByText('Ingetrokken op 20 november 2025. Deze toestemming geldt niet meer.')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Toestemming intrekken' })).toBeNull();
  });

  it('says a too long reason next to the field, focuses it, and drops the message once it is short enough', async () => {
    await openConsents([consentsQuery([LISANNE])]);
    fireEvent.click(screen.getByRole('button', { name: 'Toestemming intrekken' }));
    const note = screen.getByLabelText('Waarom trek je je toestemming in? (niet verplicht)');
    fireEvent.change(note, { target: { value: 'x'.repeat(2001) } });
    fireEvent.click(screen.getByRole('button', { name: 'Ja, trek mijn toestemming in' }));

    await waitFor(() => expect(note.getAttribute('aria-invalid')).toBe('true'));
    expect(document.activeElement).toBe(note);
    const message = screen.getByText('Je uitleg is te lang. Maak hem korter dan 2000 tekens.');
    expect(note.getAttribute('aria-describedby')).toContain(message.id);

    fireEvent.change(note, { target: { value: 'Korter.' } });
    await waitFor(() => expect(note.getAttribute('aria-invalid')).not.toBe('true'));
  });

  it('on a closed plan, offer withdrawing a consent but not giving a new one', async () => {
    const waiting: PortalConsentFragment = { ...LISANNE, id: 'consent-waiting', effective: false, givenBy: [] };
    const open = await renderPage(<ConsentsPage />, {
      mocks: [consentsQuery([waiting])],
      path: PATHS.familyPortalConsents,
      url: '/ons-plan/gezin-meijer/toestemming',
    });
    expect(await screen.findByRole('button', { name: 'Ik geef toestemming' })).toBeVisible();
    open.unmount();

    await openConsents([consentsQuery([LISANNE, waiting], '2025-12-01T10:00:00Z')]);
    expect(screen.getByText(/Jullie plan is afgesloten. Nieuwe toestemming geven kan niet meer/)).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Ik geef toestemming' })).toBeNull();
    expect(screen.getAllByRole('button', { name: /intrekken/ }).length).toBeGreaterThan(0);
  });

  it('say what happens when nobody has asked for consent yet', async () => {
    await openConsents([consentsQuery([])]);
    expect(screen.getByText(/Er is nog geen toestemming aan jou gevraagd/)).toBeVisible();
  });
});
