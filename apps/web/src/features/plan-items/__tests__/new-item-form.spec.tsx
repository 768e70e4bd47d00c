import { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { AddPlanItemDocument } from '../../../graphql/generated/graphql';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { involvement, member, planItem } from '../../family-plan/testing/plan-item-fixture';
import { NewItemForm } from '../components/new-item-form';
import { PlanEditor } from '../utils/plan-editor';

const sanne = involvement({
  id: 'inv-sanne',
  professionalName: 'Sanne Jansen',
  organisationName: 'Wijkteam Utrecht Centrum',
  organisationType: 'NEIGHBOURHOOD_TEAM',
  categories: ['GENERAL', 'SAFETY'],
  memberIds: ['esther', 'lisanne'],
  isRegisseur: true,
});
const marieke = involvement({ id: 'inv-marieke' });
const editor: PlanEditor = {
  familyId: 'family-1',
  isRegisseur: true,
  involvement: sanne,
  involvements: [sanne, marieke],
  members: [member('esther', 'Esther', 'de Graaf', { role: 'PARENT' }), member('lisanne', 'Lisanne', 'Meijer')],
  network: [{ id: 'oma', name: 'Oma Joke', relation: 'moeder van Esther' }],
  goals: [],
  awaitingFamilyTold: false,
};

const input = {
  familyId: 'family-1',
  kind: 'AGREEMENT',
  category: 'GENERAL',
  text: 'Marieke belt Esther over het maatjesproject.',
  aboutMemberIds: [],
  dueOn: '2026-04-01',
  assignee: { type: 'INVOLVEMENT', id: 'inv-marieke' },
};

function fillIn(): void {
  fireEvent.change(screen.getByLabelText('Wat wordt er gedaan?'), { target: { value: input.text } });
  fireEvent.change(screen.getByLabelText('Wie doet het?'), { target: { value: 'INVOLVEMENT:inv-marieke' } });
  fireEvent.change(screen.getByLabelText('Uiterlijk op'), { target: { value: input.dueOn } });
}

describe('adding an agreement', () => {
  it('says what is missing next to each field, and puts the focus on the first', async () => {
    await renderWithProviders(<NewItemForm kind="AGREEMENT" editor={editor} onSaved={jest.fn()} onCancel={jest.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Afspraak opslaan' }));

    await screen.findByText('Beschrijf wat er wordt gedaan.');
    expect(screen.getByText('Kies wie de afspraak uitvoert.')).toBeVisible();
    expect(screen.getByText('Vul een datum in.')).toBeVisible();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Wat wordt er gedaan?')));
  });

  it('shows a field the API rejected next to that field, in Dutch', async () => {
    const mocks: MockLink.MockedResponse[] = [
      {
        request: { query: AddPlanItemDocument, variables: { input } },
        result: { errors: [{ message: 'dueOn: must be a date', extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'dueOn', message: 'must be a date (YYYY-MM-DD)' }] } }] },
      },
    ];
    const onSaved = jest.fn();
    await renderWithProviders(<NewItemForm kind="AGREEMENT" editor={editor} onSaved={onSaved} onCancel={jest.fn()} />, { mocks });
    fillIn();
    fireEvent.click(screen.getByRole('button', { name: 'Afspraak opslaan' }));

    const message = await screen.findByText('Vul een datum in.');
    const date = screen.getByLabelText('Uiterlijk op');
    expect(date.getAttribute('aria-invalid')).toBe('true');
    expect(date.getAttribute('aria-describedby')).toContain(message.id);
    await waitFor(() => expect(document.activeElement).toBe(date));
    expect(screen.queryByText(/must be a date/)).toBeNull();
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('says why the API refused whom it was given to: that person may not read it', async () => {
    const refusal = 'Marieke de Vries cannot carry this item: their task does not cover GENERAL';
    const mocks: MockLink.MockedResponse[] = [
      {
        request: { query: AddPlanItemDocument, variables: { input } },
        result: { errors: [{ message: `assignee: ${refusal}`, extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'assignee', message: refusal }] } }] },
      },
    ];
    await renderWithProviders(<NewItemForm kind="AGREEMENT" editor={editor} onSaved={jest.fn()} onCancel={jest.fn()} />, { mocks });
    fillIn();
    fireEvent.click(screen.getByRole('button', { name: 'Afspraak opslaan' }));

    await screen.findByText(/Deze persoon mag niet lezen wat hier staat, en kan het dus niet uitvoeren\./);
    expect(screen.getByLabelText('Wie doet het?').getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByText('Kies wie de afspraak uitvoert.')).toBeNull();
  });

  it('saves a complete agreement and says so to the panel', async () => {
    const saved = planItem({ id: 'new', kind: 'AGREEMENT', text: input.text, dueOn: input.dueOn });
    const mocks: MockLink.MockedResponse[] = [
      { request: { query: AddPlanItemDocument, variables: { input } }, result: { data: { addPlanItem: saved } } },
    ];
    const onSaved = jest.fn();
    await renderWithProviders(<NewItemForm kind="AGREEMENT" editor={editor} onSaved={onSaved} onCancel={jest.fn()} />, { mocks });
    fillIn();
    fireEvent.click(screen.getByRole('button', { name: 'Afspraak opslaan' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
  });

  it('lets a partner add agreements only for their own involvement, without asking who', async () => {
    const partner: PlanEditor = { ...editor, isRegisseur: false, involvement: marieke };
    await renderWithProviders(<NewItemForm kind="AGREEMENT" editor={partner} onSaved={jest.fn()} onCancel={jest.fn()} />);
    expect(screen.queryByLabelText('Wie doet het?')).toBeNull();
    expect(screen.getByText(/jij, namens Basisschool De Regenboog/)).toBeVisible();
    // Only the task's own member can be chosen.
    expect(screen.getByLabelText('Lisanne Meijer')).toBeVisible();
    expect(screen.queryByLabelText('Esther de Graaf')).toBeNull();
  });
});

describe('adding the other parts of the plan', () => {
  const safetyEditor: PlanEditor = { ...editor, involvement: { ...sanne, organisationType: 'VEILIG_THUIS' } };

  it('asks for the safety plan’s contact person, plan B and evaluation date, and sends every field it holds', async () => {
    const safetyPlan = {
      familyId: 'family-1',
      kind: 'SAFETY_PLAN',
      category: 'SAFETY',
      text: 'Veilig tijdens de scheiding.',
      aboutMemberIds: [],
      contactName: 'Kees Dekker',
      contactPhone: '030-1234567',
      planB: 'De kinderen gaan naar oma.',
      endsOn: '2027-03-01',
      dueOn: '2027-01-05',
    };
    const onSaved = jest.fn();
    const mocks: MockLink.MockedResponse[] = [
      {
        request: { query: AddPlanItemDocument, variables: { input: safetyPlan } },
        result: { data: { addPlanItem: planItem({ id: 'plan', kind: 'SAFETY_PLAN', text: safetyPlan.text }) } },
      },
    ];
    await renderWithProviders(<NewItemForm kind="SAFETY_PLAN" editor={safetyEditor} onSaved={onSaved} onCancel={jest.fn()} />, { mocks });
    fireEvent.click(screen.getByRole('button', { name: 'Veiligheidsplan opslaan' }));
    expect(await screen.findByText('Schrijf op wie het aanspreekpunt is.')).toBeVisible();
    expect(screen.getByText('Beschrijf plan B.')).toBeVisible();

    fireEvent.change(screen.getByLabelText('Waar gaat het veiligheidsplan over?'), { target: { value: safetyPlan.text } });
    fireEvent.change(screen.getByLabelText('Aanspreekpunt'), { target: { value: safetyPlan.contactName } });
    // The message goes as soon as its field is filled in.
    await waitFor(() => expect(screen.queryByText('Schrijf op wie het aanspreekpunt is.')).not.toBeInTheDocument());
    fireEvent.change(screen.getByLabelText('Telefoonnummer van het aanspreekpunt (niet verplicht)'), { target: { value: safetyPlan.contactPhone } });
    fireEvent.change(screen.getByLabelText('Plan B'), { target: { value: safetyPlan.planB } });
    fireEvent.change(screen.getByLabelText('Geldt tot (niet verplicht)'), { target: { value: safetyPlan.endsOn } });
    fireEvent.change(screen.getByLabelText('Datum van de evaluatie'), { target: { value: safetyPlan.dueOn } });
    fireEvent.click(screen.getByRole('button', { name: 'Veiligheidsplan opslaan' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
  });

  it('records the child’s own words for one child, with whom they were said', async () => {
    const voice = {
      familyId: 'family-1',
      kind: 'CHILD_VOICE',
      category: 'GENERAL',
      text: 'Ik wil bij oma logeren.',
      aboutMemberIds: ['lisanne'],
      recordedWith: 'de mentor',
    };
    const onSaved = jest.fn();
    const mocks: MockLink.MockedResponse[] = [
      {
        request: { query: AddPlanItemDocument, variables: { input: voice } },
        result: { data: { addPlanItem: planItem({ id: 'voice', kind: 'CHILD_VOICE', text: voice.text }) } },
      },
    ];
    await renderWithProviders(<NewItemForm kind="CHILD_VOICE" editor={editor} onSaved={onSaved} onCancel={jest.fn()} />, { mocks });
    // Only the children can be chosen.
    expect(screen.queryByRole('option', { name: 'Esther de Graaf' })).toBeNull();
    fireEvent.change(screen.getByLabelText('Welk kind vertelt dit?'), { target: { value: 'lisanne' } });
    fireEvent.change(screen.getByLabelText('Wat zegt het kind?'), { target: { value: voice.text } });
    fireEvent.change(screen.getByLabelText('Met wie sprak het kind?'), { target: { value: voice.recordedWith } });
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
  });

  it('puts a roster line on a weekday, for someone from the network', async () => {
    const line = {
      familyId: 'family-1',
      kind: 'ROSTER_ENTRY',
      category: 'SAFETY',
      text: 'Haalt de kinderen uit school.',
      aboutMemberIds: [],
      assignee: { type: 'NETWORK_MEMBER', id: 'oma' },
      weekday: 3,
    };
    const onSaved = jest.fn();
    const mocks: MockLink.MockedResponse[] = [
      {
        request: { query: AddPlanItemDocument, variables: { input: line } },
        result: { data: { addPlanItem: planItem({ id: 'line', kind: 'ROSTER_ENTRY', text: line.text }) } },
      },
    ];
    await renderWithProviders(<NewItemForm kind="ROSTER_ENTRY" editor={editor} onSaved={onSaved} onCancel={jest.fn()} />, { mocks });
    fireEvent.click(screen.getByRole('button', { name: 'In het rooster zetten' }));
    expect(await screen.findByText('Kies een dag, of vul hieronder één datum in.')).toBeVisible();
    fireEvent.change(screen.getByLabelText('Wie?'), { target: { value: 'NETWORK_MEMBER:oma' } });
    fireEvent.change(screen.getByLabelText('Wat doet deze persoon?'), { target: { value: line.text } });
    fireEvent.change(screen.getByLabelText('Op welke dag?'), { target: { value: '3' } });
    fireEvent.click(screen.getByRole('button', { name: 'In het rooster zetten' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
  });
});
