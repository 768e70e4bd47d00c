import { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { RegisseurProposalDocument, StartPlanFromMatchDocument } from '../../../graphql/generated/graphql';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { StartPlanForm } from '../components/start-plan-form';
import { DEFAULT_RULE, evaOnLisanne, lars, lisanne, mariekesMatch } from '../testing/signal-fixture';

const proposal = (subjectIds: string[]): MockLink.MockedResponse => ({
  request: { query: RegisseurProposalDocument, variables: { subjectIds } },
  result: { data: { regisseurProposal: { __typename: 'RegisseurProposal', reason: DEFAULT_RULE, signal: evaOnLisanne } } },
});

async function renderForm(mocks: MockLink.MockedResponse[]) {
  await renderWithProviders(
    <MemoryRouter initialEntries={['/signalen/subject-lisanne/gezinsplan-starten']}>
      <Routes>
        <Route path="/signalen/:subjectId/gezinsplan-starten" element={<StartPlanForm match={mariekesMatch} />} />
        <Route path="/gezinnen/:familyId" element={<p>Het nieuwe gezinsplan</p>} />
      </Routes>
    </MemoryRouter>,
    { mocks },
  );
}

describe('starting a family plan from a match', () => {
  it('shows whom the rule proposes and why, in Dutch, and has that professional chosen', async () => {
    await renderForm([proposal([lisanne.id, lars.id])]);
    expect(await screen.findByText('Voorstel volgens de regel: Eva Smit (GGZ Midden-Nederland)')).toBeVisible();
    expect(screen.getByText(/^De regel: eerst jeugdbescherming, dan Veilig Thuis, dan wijkteam; daarna alle anderen\./)).toBeVisible();
    expect(screen.getByText(/^Geen van de betrokken organisaties staat in die volgorde\. Daarom is het vroegste signaal voorgesteld: Eva Smit, sinds 1 juli 2025\.$/)).toBeVisible();
    await waitFor(() =>
      expect((screen.getByLabelText('Eva Smit, GGZ Midden-Nederland (voorstel)') as HTMLInputElement).checked).toBe(true),
    );
    expect((screen.getByLabelText('Lisanne Meijer, geboren 1 september 2016') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Lars Meijer, geboren 10 juni 2010') as HTMLInputElement).checked).toBe(true);
    expect(screen.getAllByText('Tom van Dijk, Politie Eenheid Midden-Nederland')).toHaveLength(2);
  });

  it('starts only once the regisseur is confirmed as agreed, then opens the new plan', async () => {
    const input = {
      subjectIds: [lisanne.id, lars.id],
      familyName: 'Gezin De Graaf',
      otherMembers: [
        { givenName: 'Esther', familyName: 'de Graaf', dateOfBirth: '1984-11-01', role: 'PARENT', hasParentalAuthority: true, livesAtHome: true },
      ],
      regisseurSignalId: evaOnLisanne.id,
      regisseurConfirmed: true,
    };
    const mocks = [
      proposal([lisanne.id, lars.id]),
      { request: { query: StartPlanFromMatchDocument, variables: { input } }, result: { data: { startPlanFromMatch: { __typename: 'Family', id: 'family-9', name: 'Gezin De Graaf' } } } },
    ];
    await renderForm(mocks);
    await screen.findByText('Voorstel volgens de regel: Eva Smit (GGZ Midden-Nederland)');
    fireEvent.change(screen.getByLabelText('Naam van het gezin'), { target: { value: 'Gezin De Graaf' } });
    fireEvent.click(screen.getByRole('button', { name: 'Ouder of huisgenoot toevoegen' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Voornaam')));
    fireEvent.change(screen.getByLabelText('Voornaam'), { target: { value: 'Esther' } });
    fireEvent.change(screen.getByLabelText('Achternaam'), { target: { value: 'de Graaf' } });
    fireEvent.change(screen.getByLabelText('Geboortedatum'), { target: { value: '1984-11-01' } });

    fireEvent.click(screen.getByRole('button', { name: 'Gezinsplan starten' }));
    const confirm = screen.getByLabelText(/Ik heb de keuze van de regisseur met de betrokken professionals besproken/);
    expect(await screen.findByText('Bevestig dat de keuze van de regisseur met de betrokken professionals is afgesproken.')).toBeVisible();
    await waitFor(() => expect(document.activeElement).toBe(confirm));

    fireEvent.click(confirm);
    fireEvent.click(screen.getByRole('button', { name: 'Gezinsplan starten' }));
    expect(await screen.findByText('Het nieuwe gezinsplan')).toBeVisible();
  });

  it('marks a household member’s field the API rejected on that person, with the focus there', async () => {
    const esther = { givenName: 'Esther', familyName: 'de Graaf', dateOfBirth: '1884-11-01', role: 'PARENT', hasParentalAuthority: true, livesAtHome: true };
    const input = { subjectIds: [lisanne.id, lars.id], familyName: 'Gezin Meijer', otherMembers: [esther], regisseurSignalId: evaOnLisanne.id, regisseurConfirmed: true };
    const rejection = new GraphQLError('otherMembers.0.dateOfBirth: too long ago', {
      extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'input.otherMembers.0.dateOfBirth', message: 'too long ago' }] },
    });
    await renderForm([proposal([lisanne.id, lars.id]), { request: { query: StartPlanFromMatchDocument, variables: { input } }, result: { errors: [rejection] } }]);
    await screen.findByText('Voorstel volgens de regel: Eva Smit (GGZ Midden-Nederland)');
    fireEvent.click(screen.getByRole('button', { name: 'Ouder of huisgenoot toevoegen' }));
    fireEvent.change(screen.getByLabelText('Voornaam'), { target: { value: esther.givenName } });
    fireEvent.change(screen.getByLabelText('Achternaam'), { target: { value: esther.familyName } });
    fireEvent.change(screen.getByLabelText('Geboortedatum'), { target: { value: esther.dateOfBirth } });
    fireEvent.click(screen.getByLabelText(/Ik heb de keuze van de regisseur met de betrokken professionals besproken/));
    fireEvent.click(screen.getByRole('button', { name: 'Gezinsplan starten' }));
    expect(await screen.findByText('Vul een geboortedatum in.')).toBeVisible();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Geboortedatum')));
    expect(screen.getByLabelText('Voornaam').getAttribute('aria-invalid')).not.toBe('true');
  });

  it('starts no second plan for a young person who already has one, and says whom to ask instead', async () => {
    const input = {
      subjectIds: [lisanne.id, lars.id],
      familyName: 'Gezin Meijer',
      otherMembers: [],
      regisseurSignalId: evaOnLisanne.id,
      regisseurConfirmed: true,
    };
    const refusal = new GraphQLError('A person you want to add is already in a family with an active plan.', {
      extensions: {
        code: 'PERSON_HAS_PLAN',
        people: [{ field: 'subjectIds.0', givenName: 'Lisanne', familyName: 'Meijer', dateOfBirth: '2016-09-01', matchedBy: 'BSN',
          regisseurName: 'Fatima El Amrani', organisationName: 'Wijkteam Utrecht Zuid', phone: null, email: 'fatima@wijkteam.example' }],
      },
    });
    await renderForm([proposal([lisanne.id, lars.id]), { request: { query: StartPlanFromMatchDocument, variables: { input } }, result: { errors: [refusal] } }]);
    await screen.findByText('Voorstel volgens de regel: Eva Smit (GGZ Midden-Nederland)');
    fireEvent.click(screen.getByLabelText(/Ik heb de keuze van de regisseur met de betrokken professionals besproken/));
    fireEvent.click(screen.getByRole('button', { name: 'Gezinsplan starten' }));
    const alert = await screen.findByText(/^Dit gezinsplan is niet gestart\. Lisanne Meijer hoort al bij een gezin met een actief gezinsplan\./);
    expect(alert).toBeVisible();
    expect(screen.getByText('Lisanne Meijer: regisseur Fatima El Amrani, fatima@wijkteam.example')).toBeVisible();
    expect(screen.queryByText('Het nieuwe gezinsplan')).toBeNull();
  });
});
