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
