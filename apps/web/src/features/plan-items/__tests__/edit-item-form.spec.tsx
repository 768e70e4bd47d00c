import { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { UpdatePlanItemDocument } from '../../../graphql/generated/graphql';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { involvement, member, planItem } from '../../family-plan/testing/plan-item-fixture';
import { EditItemForm } from '../components/edit-item-form';
import { PlanEditor } from '../utils/plan-editor';

const sanne = involvement({ id: 'inv-sanne', organisationType: 'NEIGHBOURHOOD_TEAM', categories: ['GENERAL', 'SAFETY'], memberIds: ['esther'], isRegisseur: true });
const editor: PlanEditor = {
  familyId: 'family-1',
  isRegisseur: true,
  involvement: sanne,
  involvements: [sanne],
  members: [member('esther', 'Esther', 'de Graaf', { role: 'PARENT' })],
  network: [],
  goals: [],
  awaitingFamilyTold: false,
};

const agreement = planItem({
  id: 'agreement-1',
  kind: 'AGREEMENT',
  version: 1,
  text: 'Esther meldt zich aan bij de schuldhulp.',
  dueOn: '2026-04-01',
  status: 'OPEN',
  assignee: { __typename: 'Party', type: 'INVOLVEMENT', id: 'inv-sanne', name: 'Sanne Jansen', organisationName: 'Wijkteam' },
});

const theirVersion = {
  ...agreement,
  version: 2,
  text: 'Sanne en Esther melden zich samen aan bij de schuldhulp.',
  updatedAt: '2026-03-10T09:30:00.000Z',
};

function update(expectedVersion: number, text: string, answer: MockLink.MockedResponse['result']): MockLink.MockedResponse {
  return {
    request: { query: UpdatePlanItemDocument, variables: {
      input: {
        id: agreement.id,
        expectedVersion,
        text,
        aboutMemberIds: [],
        assignee: { type: 'INVOLVEMENT', id: 'inv-sanne' },
        dueOn: '2026-04-01',
        goalId: null,
      },
    } },
    result: answer,
  };
}

const conflict = update(1, 'Esther meldt zich vóór 1 april aan bij de schuldhulp.', {
  errors: [{ message: 'Someone else changed this item', extensions: { code: 'CONFLICT', current: theirVersion } }],
});

describe('changing an item someone else changed in the meantime', () => {
  async function editAndSave(mocks: MockLink.MockedResponse[], onDone = jest.fn()) {
    await renderWithProviders(<EditItemForm item={agreement} editor={editor} onDone={onDone} />, { mocks });
    fireEvent.change(screen.getByLabelText('Wat wordt er gedaan?'), { target: { value: 'Esther meldt zich vóór 1 april aan bij de schuldhulp.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    return onDone;
  }

  it('shows their version, keeps the person’s own text, and saves it over theirs only when asked', async () => {
    const saved = { ...theirVersion, version: 3, text: 'Esther meldt zich vóór 1 april aan bij de schuldhulp.' };
    const onDone = await editAndSave([
      conflict,
      update(2, 'Esther meldt zich vóór 1 april aan bij de schuldhulp.', { data: { updatePlanItem: saved } }),
    ]);

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Iemand anders heeft dit intussen gewijzigd.');
    expect(alert.textContent).toContain('Sanne en Esther melden zich samen aan bij de schuldhulp.');
    expect((screen.getByLabelText('Wat wordt er gedaan?') as HTMLTextAreaElement).value).toBe(
      'Esther meldt zich vóór 1 april aan bij de schuldhulp.',
    );
    expect(onDone).not.toHaveBeenCalled();

    // The retry applies to their version (2), not to the one the person started from.
    fireEvent.click(screen.getByRole('button', { name: 'Mijn versie opslaan' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith(true));
  });

  it('lets the person continue from their version instead', async () => {
    await editAndSave([conflict]);
    await screen.findByRole('alert');

    fireEvent.click(screen.getByRole('button', { name: 'Verder vanaf hun versie' }));
    expect((screen.getByLabelText('Wat wordt er gedaan?') as HTMLTextAreaElement).value).toBe(theirVersion.text);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('keeps their version and closes when the person chooses so', async () => {
    const onDone = await editAndSave([conflict]);
    await screen.findByRole('alert');
    fireEvent.click(screen.getByRole('button', { name: 'Hun versie houden' }));
    expect(onDone).toHaveBeenCalledWith(false);
  });

  it('does not send an empty text, and says so next to the field', async () => {
    const onDone = jest.fn();
    await renderWithProviders(<EditItemForm item={agreement} editor={editor} onDone={onDone} />);
    fireEvent.change(screen.getByLabelText('Wat wordt er gedaan?'), { target: { value: '  ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));

    const message = await screen.findByText('Beschrijf wat er wordt gedaan.');
    const field = screen.getByLabelText('Wat wordt er gedaan?');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')).toContain(message.id);
    expect(onDone).not.toHaveBeenCalled();
  });
});

describe('emptying a field of an item', () => {
  it('sends the emptied field as null, so the API clears it instead of keeping the old value', async () => {
    const goal = planItem({ id: 'goal-1', kind: 'GOAL', version: 3, text: 'Esther heeft rust', dueOn: '2026-06-01', aboutMemberIds: ['esther'] });
    const input = { id: goal.id, expectedVersion: 3, text: 'Esther heeft rust', aboutMemberIds: ['esther'], dueOn: null };
    const onDone = jest.fn();
    await renderWithProviders(<EditItemForm item={goal} editor={editor} onDone={onDone} />, {
      mocks: [{ request: { query: UpdatePlanItemDocument, variables: { input } }, result: { data: { updatePlanItem: { ...goal, version: 4, dueOn: null } } } }],
    });
    fireEvent.change(screen.getByLabelText('Streefdatum (niet verplicht)'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));

    await waitFor(() => expect(onDone).toHaveBeenCalledWith(true));
  });
});
