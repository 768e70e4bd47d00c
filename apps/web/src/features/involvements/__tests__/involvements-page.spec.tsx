import { dutchToday } from '@gezinsplan/domain';
import { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { EndInvolvementDocument, FamilyInvolvementsDocument, FamilyInvolvementsQuery } from '../../../graphql/generated/graphql';
import { PATHS } from '../../../shared/paths';
import { renderPage } from '../../portal-shared/testing/render-page';
import { InvolvementsPage } from '../components/involvements-page';
import { KEES, legalBasis, MARIEKE, meijer, SANNE } from '../testing/involvements-fixture';

function familyAnswering(family: FamilyInvolvementsQuery['family']): MockLink.MockedResponse {
  return { request: { query: FamilyInvolvementsDocument, variables: { id: family.id } }, result: { data: { family } } };
}

const FAMILY = meijer({ involvements: [SANNE, MARIEKE, KEES], legalBases: [legalBasis({ id: 'basis-ots' })] });

async function openPage(mocks: MockLink.MockedResponse[]) {
  const rendered = await renderPage(<InvolvementsPage />, { path: PATHS.familyInvolvements, url: '/gezinnen/gezin-meijer/betrokkenen', mocks });
  await screen.findByRole('heading', { level: 1, name: 'Betrokkenen: Gezin Meijer' });
  return rendered;
}

const card = (organisation: string) => screen.getAllByRole('listitem').find((item) => item.textContent?.startsWith(organisation)) as HTMLElement;

describe('the regisseur’s page of who is involved', () => {
  it('offers to end a partner’s involvement, not the regisseur’s own, and explains why', async () => {
    await openPage([familyAnswering(FAMILY)]);
    const regisseur = card('Wijkteam Utrecht Centrum');
    expect(within(regisseur).queryByRole('button', { name: /beëindigen/ })).toBeNull();
    expect(regisseur.textContent).toContain('Die kan pas eindigen als iemand anders de regie heeft overgenomen.');
    expect(within(regisseur).getByRole('link', { name: 'Regie overdragen' })).toBeVisible();

    expect(within(card('Basisschool De Regenboog')).getByRole('button', { name: 'Betrokkenheid beëindigen: Marieke de Vries' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Professional uitnodigen' }).getAttribute('href')).toBe('/gezinnen/gezin-meijer/betrokkenen/uitnodigen');
  });

  it('shows the legal bases on the protective involvement, and offers to record one there only', async () => {
    await openPage([familyAnswering(FAMILY)]);
    const youthProtection = card('Samen Veilig Midden-Nederland');
    expect(youthProtection.textContent).toContain('Delen zonder toestemming');
    expect(youthProtection.textContent).toContain('Ondertoezichtstelling (OTS)');
    expect(youthProtection.textContent).toContain('Geldig, gezin nog niet geïnformeerd');
    expect(within(youthProtection).getByRole('link', { name: 'Delen zonder toestemming met Kees Dekker vastleggen' }).getAttribute('href')).toBe(
      '/gezinnen/gezin-meijer/betrokkenen/inv-kees/grondslag',
    );
    expect(within(card('Basisschool De Regenboog')).queryByRole('link', { name: /zonder toestemming/ })).toBeNull();
  });

  it('ends an involvement after the confirmation, and says its access is gone', async () => {
    const ended = meijer({
      involvements: [SANNE, { ...MARIEKE, endedAt: '2026-03-10T10:00:00.000Z', endedReason: 'Taak klaar', version: 2 }, KEES],
    });
    const end: MockLink.MockedResponse = {
      request: { query: EndInvolvementDocument, variables: { input: { involvementId: MARIEKE.id, expectedVersion: 1, reason: 'Taak klaar', endsOn: dutchToday() } } },
      result: { data: { endInvolvement: MARIEKE.id } },
    };
    await openPage([familyAnswering(FAMILY), end, familyAnswering(ended)]);
    fireEvent.click(screen.getByRole('button', { name: 'Betrokkenheid beëindigen: Marieke de Vries' }));
    fireEvent.change(screen.getByLabelText('Waarom eindigt de betrokkenheid?'), { target: { value: 'Taak klaar' } });
    fireEvent.click(screen.getByRole('button', { name: 'Verder' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Betrokkenheid beëindigen' }));

    const message = await screen.findByText('De betrokkenheid van Marieke de Vries is beëindigd. Marieke de Vries kan het plan niet meer inzien.');
    await waitFor(() => expect(document.activeElement).toBe(message));
    const school = card('Basisschool De Regenboog');
    expect(school.textContent).toContain('Beëindigd');
    expect(within(school).queryByRole('button', { name: /beëindigen/ })).toBeNull();
  });

  it('tells a partner that only the regisseur manages who is involved', async () => {
    const asPartner = meijer({ myRelation: { __typename: 'MyRelation', type: 'PROFESSIONAL', involvementId: MARIEKE.id, isRegisseur: false } });
    await openPage([familyAnswering(asPartner)]);
    expect(screen.getByText('Alleen de regisseur van dit gezin nodigt professionals uit en beëindigt betrokkenheden.')).toBeVisible();
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.queryByRole('link', { name: 'Professional uitnodigen' })).toBeNull();
  });

});
