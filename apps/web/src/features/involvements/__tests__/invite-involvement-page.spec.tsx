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

const mocks: MockLink.MockedResponse[] = [
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
        },
      },
    },
    result: { data: { inviteInvolvement: KEES.id } },
  },
  familyAnswering(AFTER),
];

describe('the page for inviting a professional', () => {
  it('after the invitation, names who must consent for each member the task concerns, and offers a legal basis to a protective task', async () => {
    await renderPage(<InviteInvolvementPage />, { path: PATHS.inviteInvolvement, url: '/gezinnen/gezin-meijer/betrokkenen/uitnodigen', mocks });
    await screen.findByRole('option', { name: 'Samen Veilig Midden-Nederland' });
    fireEvent.change(screen.getByLabelText('Organisatie'), { target: { value: 'org-svmn' } });
    await screen.findByRole('option', { name: 'Kees Dekker, jeugdbeschermer' });
    fireEvent.change(screen.getByLabelText('Professional'), { target: { value: KEES.email } });
    fireEvent.change(screen.getByLabelText('Taak'), { target: { value: KEES.task } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Lisanne Meijer' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Lars Meijer' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Veiligheid' }));
    fireEvent.click(screen.getByRole('button', { name: 'Uitnodigen' }));

    const heading = await screen.findByRole('heading', { level: 2, name: 'Kees Dekker is uitgenodigd' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    // The family may hear of a protective task only afterwards: the page does not promise that they see it.
    const outcome = heading.closest('section') as HTMLElement;
    expect(outcome.textContent).not.toContain('Het gezin en alle betrokkenen zien dat');
    expect(outcome.textContent).toContain('Het gezin ziet het nog niet.');
    expect(outcome.textContent).toContain('Het gezin ziet deze betrokkenheid als je vastlegt dat het gezin het heeft gehoord.');
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
});
