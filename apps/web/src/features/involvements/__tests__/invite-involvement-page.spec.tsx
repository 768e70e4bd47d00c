import { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import {
  FamilyInvolvementsDocument,
  FamilyInvolvementsQuery,
  InvitableOrganisationsDocument,
  InvitableProfessionalsDocument,
  InviteInvolvementDocument,
} from '../../../graphql/generated/graphql';
import { PATHS } from '../../../shared/paths';
import { renderPage } from '../../portal-shared/testing/render-page';
import { InviteInvolvementPage } from '../components/invite-involvement-page';
import { KEES, MARIEKE, meijer, SANNE } from '../testing/involvements-fixture';

const BEFORE = meijer();
const AFTER = meijer({ involvements: [SANNE, MARIEKE, { ...KEES, memberIds: ['lisanne', 'lars'] }] });

function familyAnswering(family: FamilyInvolvementsQuery['family']): MockLink.MockedResponse {
  return { request: { query: FamilyInvolvementsDocument, variables: { id: family.id } }, result: { data: { family } } };
}

const TOLD_AFTERWARDS = {
  kind: 'MELDCODE',
  purpose: 'Onderzoek naar de veiligheid van Lisanne en Lars.',
  necessaryInformation: 'Alleen wat over hun veiligheid gaat.',
  proportionality: 'Beperkt tot veiligheid, alleen de kinderen.',
  subsidiarity: 'Met toestemming vragen brengt de kinderen in gevaar.',
  professionalSecrecy: 'Afgewogen met de aandachtsfunctionaris.',
  informingDelayReason: 'De kinderen komen in gevaar als de ouders het nu horen.',
} as const;

/** The page's answers, for an invitation with or without "told afterwards". */
function mocksFor(extra: Record<string, unknown> = {}): MockLink.MockedResponse[] {
  return [
    familyAnswering(BEFORE),
    {
      request: { query: InvitableOrganisationsDocument, variables: { familyId: BEFORE.id } },
      result: {
        data: {
          invitableOrganisations: [
            { __typename: 'Organisation', id: 'org-svmn', name: 'Samen Veilig Midden-Nederland', type: 'YOUTH_PROTECTION' },
          ],
        },
      },
    },
    {
      request: { query: InvitableProfessionalsDocument, variables: { familyId: BEFORE.id, organisationId: 'org-svmn' } },
      result: {
        data: {
          invitableProfessionals: [
            { __typename: 'InvitableProfessional', id: 'acc-kees', displayName: 'Kees Dekker', discipline: 'jeugdbeschermer', email: KEES.email },
          ],
        },
      },
    },
    {
      request: {
        query: InviteInvolvementDocument,
        variables: {
          input: {
            familyId: BEFORE.id,
            professionalEmail: KEES.email,
            task: KEES.task,
            categories: ['SAFETY'],
            memberIds: ['lisanne', 'lars'],
            ...extra,
          },
        },
      },
      result: { data: { inviteInvolvement: KEES.id } },
    },
    familyAnswering(AFTER),
  ];
}

async function fillInvitation(mocks: MockLink.MockedResponse[]) {
  await renderPage(<InviteInvolvementPage />, { path: PATHS.inviteInvolvement, url: '/gezinnen/gezin-meijer/betrokkenen/uitnodigen', mocks });
  await screen.findByRole('option', { name: 'Samen Veilig Midden-Nederland' });
  fireEvent.change(screen.getByLabelText('Organisatie'), { target: { value: 'org-svmn' } });
  await screen.findByRole('option', { name: 'Kees Dekker, jeugdbeschermer' });
  fireEvent.change(screen.getByLabelText('Professional'), { target: { value: KEES.email } });
  fireEvent.change(screen.getByLabelText('Taak'), { target: { value: KEES.task } });
  fireEvent.click(screen.getByRole('checkbox', { name: 'Lisanne Meijer' }));
  fireEvent.click(screen.getByRole('checkbox', { name: 'Lars Meijer' }));
  fireEvent.click(screen.getByRole('checkbox', { name: 'Veiligheid' }));
}

describe('the page for inviting a professional', () => {
  it('after the invitation, names who must consent for each member the task concerns, and offers a legal basis to a protective task', async () => {
    await fillInvitation(mocksFor());
    fireEvent.click(screen.getByRole('button', { name: 'Uitnodigen' }));

    const heading = await screen.findByRole('heading', { level: 2, name: 'Kees Dekker is uitgenodigd' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    // Not told afterwards: the family sees the involvement, and the page says so.
    const outcome = heading.closest('section') as HTMLElement;
    expect(outcome.textContent).toContain('Het gezin en alle betrokkenen zien dat in het plan.');
    const needed = screen.getAllByRole('listitem').map((item) => item.textContent);
    expect(needed).toEqual([
      'Lisanne Meijer: Jonger dan 12: de ouders met gezag beslissen. Toestemming nodig van: Esther de Graaf',
      'Lars Meijer: 12 tot 16 jaar: de ouders met gezag én het kind zelf. Toestemming nodig van: Esther de Graaf en Lars Meijer',
    ]);
    expect(screen.getByRole('link', { name: 'Toestemming vastleggen' }).getAttribute('href')).toBe('/gezinnen/gezin-meijer/toestemming');
    expect(screen.getByRole('link', { name: 'Delen zonder toestemming met Kees Dekker vastleggen' }).getAttribute('href')).toBe(
      '/gezinnen/gezin-meijer/betrokkenen/inv-kees/grondslag',
    );
  });

  it('with "de familie wordt achteraf geïnformeerd", sends the legal basis with the invitation and does not say the family sees it', async () => {
    await fillInvitation(mocksFor({ familyToldAfterwards: TOLD_AFTERWARDS }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'De familie wordt achteraf geïnformeerd' }));
    // Without the steps, nothing is sent: each missing step is named.
    fireEvent.click(screen.getByRole('button', { name: 'Uitnodigen' }));
    expect(await screen.findByText('Kies de grondslag.')).toBeTruthy();

    fireEvent.click(screen.getByRole('radio', { name: /Meldcode/ }));
    fireEvent.change(screen.getByLabelText('Waarvoor is de informatie nodig?'), { target: { value: TOLD_AFTERWARDS.purpose } });
    fireEvent.change(screen.getByLabelText('Welke informatie precies, en waarom is die nodig?'), { target: { value: TOLD_AFTERWARDS.necessaryInformation } });
    fireEvent.change(screen.getByLabelText('Staat het delen in verhouding tot het doel?'), { target: { value: TOLD_AFTERWARDS.proportionality } });
    fireEvent.change(screen.getByLabelText('Kan het ook anders?'), { target: { value: TOLD_AFTERWARDS.subsidiarity } });
    fireEvent.change(screen.getByLabelText('Hoe heb je je beroepsgeheim gewogen?'), { target: { value: TOLD_AFTERWARDS.professionalSecrecy } });
    fireEvent.change(screen.getByLabelText('Waarom hoort het gezin het pas achteraf?'), { target: { value: TOLD_AFTERWARDS.informingDelayReason } });
    fireEvent.click(screen.getByRole('button', { name: 'Uitnodigen' }));

    const heading = await screen.findByRole('heading', { level: 2, name: 'Kees Dekker is uitgenodigd' });
    const outcome = heading.closest('section') as HTMLElement;
    expect(outcome.textContent).not.toContain('Het gezin en alle betrokkenen zien dat');
    expect(outcome.textContent).toContain('Het gezin ziet deze betrokkenheid nog niet.');
    // The legal basis stands in for consent: no list of who must consent.
    expect(screen.queryByRole('link', { name: 'Toestemming vastleggen' })).toBeNull();
  });
});
