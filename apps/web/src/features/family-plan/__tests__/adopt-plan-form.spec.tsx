import { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { AdoptedVersionsDocument, AdoptPlanDocument } from '../../../graphql/generated/graphql';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { AdoptPlanForm } from '../components/adopt-plan-form';

const note = 'Besproken met het gezin.';

function adoptAnswering(result: MockLink.MockedResponse['result']): MockLink.MockedResponse {
  return { request: { query: AdoptPlanDocument, variables: { familyId: 'gezin-koster', note } }, result };
}

const versions: MockLink.MockedResponse = {
  request: { query: AdoptedVersionsDocument, variables: () => true },
  result: { data: { family: null } },
};

describe('adopting the plan as a version', () => {
  it('adopts the plan with a note, says which version it became and empties the note', async () => {
    const adopted = adoptAnswering({
      data: {
        adoptPlan: { __typename: 'PlanVersion', id: 'v3', number: 3, adoptedAt: '2025-11-20T10:00:00Z', adoptedByName: 'Sanne Jansen', note },
      },
    });
    await renderWithProviders(<AdoptPlanForm familyId="gezin-koster" nextNumber={3} />, { mocks: [adopted, versions] });
    const field = screen.getByLabelText('Toelichting (niet verplicht)') as HTMLTextAreaElement;
    fireEvent.change(field, { target: { value: note } });
    fireEvent.click(screen.getByRole('button', { name: 'Plan vaststellen als versie 3' }));

    expect(await screen.findByText('Versie 3 is vastgesteld.')).toBeVisible();
    await waitFor(() => expect(field.value).toBe(''));
  });

  it('says once, above the form, that adopting failed for a reason the person cannot fix, and keeps the note', async () => {
    const failed = adoptAnswering({ errors: [{ message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    await renderWithProviders(<AdoptPlanForm familyId="gezin-koster" nextNumber={3} />, { mocks: [failed] });
    const field = screen.getByLabelText('Toelichting (niet verplicht)') as HTMLTextAreaElement;
    fireEvent.change(field, { target: { value: note } });
    fireEvent.click(screen.getByRole('button', { name: 'Plan vaststellen als versie 3' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Opslaan lukt nu niet door een storing. Wat je hebt ingevuld, staat er nog. Probeer het over een paar minuten opnieuw.');
    expect(screen.queryByText('Versie 3 is vastgesteld.')).toBeNull();
    expect(field.value).toBe(note);
  });
});
