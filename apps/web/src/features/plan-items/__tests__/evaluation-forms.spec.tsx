import { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { AddPlanItemDocument, UpdatePlanItemDocument } from '../../../graphql/generated/graphql';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { involvement, member, planItem } from '../../family-plan/testing/plan-item-fixture';
import { HoldEvaluationForm } from '../components/hold-evaluation-form';
import { EditItemForm } from '../components/edit-item-form';
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
const marieke = involvement({ id: 'inv-marieke', professionalName: 'Marieke de Vries', organisationName: 'Basisschool De Regenboog' });
const gone = involvement({ id: 'inv-gone', professionalName: 'Kees Oud', endedAt: '2026-01-10T10:00:00.000Z' });
const leaving = involvement({ id: 'inv-leaving', professionalName: 'Jan Kok', organisationName: 'GGZ Midden', endsOn: '2026-02-28' });
const school = planItem({ id: 'goal-school', kind: 'GOAL', status: 'OPEN', text: 'Lisanne gaat elke dag naar school', aboutMemberIds: ['lisanne'] });
const rest = planItem({ id: 'goal-rest', kind: 'GOAL', status: 'OPEN', text: 'Esther heeft rust in haar hoofd', aboutMemberIds: ['esther'] });
const stopped = planItem({ id: 'goal-stopped', kind: 'GOAL', status: 'STOPPED', text: 'Een doel dat gestopt is', aboutMemberIds: ['esther'] });
const editor: PlanEditor = {
  familyId: 'family-1',
  isRegisseur: true,
  involvement: sanne,
  involvements: [sanne, marieke, gone, leaving],
  members: [member('esther', 'Esther', 'de Graaf', { role: 'PARENT' }), member('lisanne', 'Lisanne', 'Meijer')],
  network: [],
  goals: [school, rest, stopped],
  awaitingFamilyTold: false,
};
const planned = planItem({ id: 'evaluation-1', kind: 'EVALUATION', status: 'PLANNED', dueOn: '2026-03-02', version: 2, text: 'Evaluatie' });

describe('planning an evaluation', () => {
  it('invites professionals by name from those involved today, and sends their involvements', async () => {
    const input = {
      familyId: 'family-1',
      kind: 'EVALUATION',
      category: 'GENERAL',
      text: 'Hoe gaat het met school en rust?',
      aboutMemberIds: ['esther'],
      invitedInvolvementIds: ['inv-marieke'],
      invitedMemberIds: ['esther'],
      dueOn: '2026-03-02',
    };
    const saved = planItem({ id: 'new', kind: 'EVALUATION', text: input.text, dueOn: input.dueOn });
    const onSaved = jest.fn();
    await renderWithProviders(<NewItemForm kind="EVALUATION" editor={editor} onSaved={onSaved} onCancel={jest.fn()} />, {
      mocks: [{ request: { query: AddPlanItemDocument, variables: { input } }, result: { data: { addPlanItem: saved } } }],
    });

    const invitees = screen.getByRole('group', { name: /Welke professionals nodig je uit/ });
    expect(within(invitees).getByLabelText('Sanne Jansen (Wijkteam Utrecht Centrum)')).toBeVisible();
    expect(within(invitees).queryByText(/Kees Oud/)).toBeNull();
    fireEvent.click(within(invitees).getByLabelText('Marieke de Vries (Basisschool De Regenboog)'));
    fireEvent.change(screen.getByLabelText('Datum van de evaluatie'), { target: { value: input.dueOn } });
    fireEvent.change(screen.getByLabelText('Wat bespreken jullie?'), { target: { value: input.text } });
    fireEvent.click(within(screen.getByRole('group', { name: /Over wie gaat/ })).getByLabelText('Esther de Graaf'));
    fireEvent.click(within(screen.getByRole('group', { name: /Wie van het gezin nodig je uit/ })).getByLabelText('Esther de Graaf'));
    fireEvent.click(screen.getByRole('button', { name: 'Evaluatie plannen' }));

    await waitFor(() => expect(onSaved).toHaveBeenCalled());
  });

  it('offers no one whose involvement ends before the date, and on a change drops who is no longer offered', async () => {
    const invited = { ...planned, invitedInvolvementIds: ['inv-sanne', 'inv-gone', 'inv-leaving'] };
    const input = { id: planned.id, expectedVersion: 2, text: 'Evaluatie', aboutMemberIds: [], dueOn: '2026-03-02', invitedInvolvementIds: ['inv-sanne'], invitedMemberIds: [] };
    const onDone = jest.fn();
    await renderWithProviders(<EditItemForm item={invited} editor={editor} onDone={onDone} />, {
      mocks: [{ request: { query: UpdatePlanItemDocument, variables: { input } }, result: { data: { updatePlanItem: { ...invited, version: 3 } } } }],
    });
    const invitees = screen.getByRole('group', { name: /Welke professionals nodig je uit/ });
    expect(within(invitees).queryByText(/Kees Oud/)).toBeNull();
    expect(within(invitees).queryByText(/Jan Kok/)).toBeNull();
    fireEvent.change(screen.getByLabelText('Datum van de evaluatie'), { target: { value: '2026-02-20' } });
    expect(within(invitees).getByLabelText('Jan Kok (GGZ Midden)')).toBeVisible();
    fireEvent.change(screen.getByLabelText('Datum van de evaluatie'), { target: { value: '2026-03-02' } });
    expect(within(invitees).queryByText(/Jan Kok/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));

    await waitFor(() => expect(onDone).toHaveBeenCalledWith(true));
  });

  it('shows the API’s refusal of an invitee on the invitees', async () => {
    const input = {
      familyId: 'family-1',
      kind: 'EVALUATION',
      category: 'GENERAL',
      text: 'Evaluatie',
      aboutMemberIds: [],
      invitedInvolvementIds: ['inv-sanne'],
      invitedMemberIds: [],
      dueOn: '2026-03-02',
    };
    const refusal = {
      errors: [{ message: 'invalid', extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'invitedInvolvementIds', message: 'must be active involvements in this family' }] } }],
    };
    await renderWithProviders(<NewItemForm kind="EVALUATION" editor={editor} onSaved={jest.fn()} onCancel={jest.fn()} />, {
      mocks: [{ request: { query: AddPlanItemDocument, variables: { input } }, result: refusal }],
    });
    fireEvent.click(screen.getByLabelText('Sanne Jansen (Wijkteam Utrecht Centrum)'));
    fireEvent.change(screen.getByLabelText('Datum van de evaluatie'), { target: { value: input.dueOn } });
    fireEvent.change(screen.getByLabelText('Wat bespreken jullie?'), { target: { value: input.text } });
    fireEvent.click(screen.getByRole('button', { name: 'Evaluatie plannen' }));

    expect(await screen.findByText('Kies alleen professionals die op de datum nog bij het gezin betrokken zijn.')).toBeVisible();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Sanne Jansen (Wijkteam Utrecht Centrum)')));
  });
});

describe('holding an evaluation', () => {
  const holding = (mocks: MockLink.MockedResponse[] = [], onDone = jest.fn()) =>
    renderWithProviders(<HoldEvaluationForm evaluation={planned} editor={editor} onDone={onDone} />, { mocks }).then(() => onDone);

  it('asks a result for each open goal and records it with the family’s view and the next date', async () => {
    const input = {
      id: 'evaluation-1',
      expectedVersion: 2,
      status: 'HELD',
      outcome: 'Het gaat beter met school.',
      goalOutcomes: [{ goalId: 'goal-school', result: 'PARTLY_REACHED' }],
      changes: 'De wekker-afspraak blijft.',
      familyView: 'Wij zijn tevreden, de ochtenden blijven zwaar.',
      nextEvaluationOn: '2026-06-01',
    };
    const held = { ...planned, ...input, version: 3 };
    const onDone = await holding([{ request: { query: UpdatePlanItemDocument, variables: { input } }, result: { data: { updatePlanItem: held } } }]);

    expect(screen.queryByRole('group', { name: /Een doel dat gestopt is/ })).toBeNull();
    const restGoal = screen.getByRole('group', { name: 'Doel: Esther heeft rust in haar hoofd' });
    expect((within(restGoal).getByLabelText('Niet besproken') as HTMLInputElement).checked).toBe(true);
    fireEvent.change(screen.getByLabelText('Wat kwam er uit de evaluatie?'), { target: { value: input.outcome } });
    fireEvent.click(within(screen.getByRole('group', { name: 'Doel: Lisanne gaat elke dag naar school' })).getByLabelText('Deels bereikt'));
    fireEvent.change(screen.getByLabelText('Wat verandert er in het plan? (niet verplicht)'), { target: { value: input.changes } });
    fireEvent.change(screen.getByLabelText('Wat vindt het gezin ervan? (niet verplicht)'), { target: { value: input.familyView } });
    fireEvent.change(screen.getByLabelText('Datum van de volgende evaluatie (niet verplicht)'), { target: { value: input.nextEvaluationOn } });
    fireEvent.click(screen.getByRole('button', { name: 'Uitkomst opslaan' }));

    await waitFor(() => expect(onDone).toHaveBeenCalledWith(true));
  });

  it('needs the outcome and a next date after this one, each said at its field, and the message goes once fixed', async () => {
    const onDone = await holding();
    fireEvent.change(screen.getByLabelText('Datum van de volgende evaluatie (niet verplicht)'), { target: { value: '2026-03-02' } });
    fireEvent.click(screen.getByRole('button', { name: 'Uitkomst opslaan' }));

    expect(await screen.findByText('Schrijf op wat er uit de evaluatie kwam.')).toBeVisible();
    const next = screen.getByLabelText('Datum van de volgende evaluatie (niet verplicht)');
    expect(screen.getByText('Kies een datum na de datum van deze evaluatie.')).toBeVisible();
    expect(next.getAttribute('aria-invalid')).toBe('true');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Wat kwam er uit de evaluatie?')));

    fireEvent.change(next, { target: { value: '2026-03-03' } });
    await waitFor(() => expect(screen.queryByText('Kies een datum na de datum van deze evaluatie.')).toBeNull());
    expect(onDone).not.toHaveBeenCalled();
  });

  it('puts the API’s refusal of the next date on that field', async () => {
    const input = { id: 'evaluation-1', expectedVersion: 2, status: 'HELD', outcome: 'Goed.', goalOutcomes: [], nextEvaluationOn: '2026-04-01' };
    const refusal = {
      errors: [{ message: 'invalid', extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'nextEvaluationOn', message: 'must be after the date of this evaluation' }] } }],
    };
    const onDone = await holding([{ request: { query: UpdatePlanItemDocument, variables: { input } }, result: refusal }]);
    fireEvent.change(screen.getByLabelText('Wat kwam er uit de evaluatie?'), { target: { value: input.outcome } });
    fireEvent.change(screen.getByLabelText('Datum van de volgende evaluatie (niet verplicht)'), { target: { value: input.nextEvaluationOn } });
    fireEvent.click(screen.getByRole('button', { name: 'Uitkomst opslaan' }));

    const next = screen.getByLabelText('Datum van de volgende evaluatie (niet verplicht)');
    await waitFor(() => expect(next.getAttribute('aria-invalid')).toBe('true'));
    await waitFor(() => expect(document.activeElement).toBe(next));
    expect(onDone).not.toHaveBeenCalled();
  });
});
