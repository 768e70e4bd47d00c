import { act, fireEvent, screen, within } from '@testing-library/react';
import { PlanItemHistoryDocument, PlanItemHistoryQuery } from '../../../graphql/generated/graphql';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { ChangedByOtherMark, ItemHistory } from '../components/item-history';
import { planItem } from '../testing/plan-item-fixture';

const school = { __typename: 'Party', type: 'INVOLVEMENT', id: 'inv-school', name: 'Marieke de Vries', organisationName: 'Basisschool De Wilg' } as const;
const team = { __typename: 'Party', type: 'INVOLVEMENT', id: 'inv-team', name: 'Sanne Jansen', organisationName: 'Wijkteam Oost' } as const;

type Version = PlanItemHistoryQuery['planItem']['history'][number];

const version = (values: Partial<Version> & { version: number }): Version => ({
  __typename: 'PlanItemVersion',
  itemId: 'agreement',
  changedAt: '2026-03-02T13:05:00Z',
  changedBy: team,
  text: null,
  status: 'OPEN',
  statusReason: null,
  dueOn: null,
  aboutMemberIds: [],
  goalId: null,
  assignee: null,
  ...values,
});

const changed = planItem({
  id: 'agreement',
  kind: 'AGREEMENT',
  text: 'Jip gaat vier dagen per week naar school.',
  version: 3,
  changedByOther: true,
  lastChangedBy: school,
});

const earlierVersions = [
  version({ version: 2, text: 'Jip gaat elke dag naar school, ook woensdag.', changedBy: null, dueOn: '2026-04-01' }),
  version({ version: 1, text: 'Jip gaat elke dag naar school.', assignee: school }),
];
const historyAsked = { query: PlanItemHistoryDocument, variables: { itemId: 'agreement' } };
const historyAnswer = {
  request: historyAsked,
  result: { data: { planItem: { __typename: 'PlanItem', id: 'agreement', history: earlierVersions } } },
} as const;

const names = {
  about: (ids: readonly string[]) => (ids.length === 0 ? 'het hele gezin' : ids.map((id) => ({ jip: 'Jip', petra: 'Petra' })[id] ?? '?').join(', ')),
  goal: (id: string) => ({ reading: 'Jip leest elke dag.' })[id] ?? null,
};

describe('the history of a plan item', () => {
  it('is folded and not loaded until opened, then loads and says for each earlier version who wrote it, when and what it said', async () => {
    await renderWithProviders(<ItemHistory item={changed} names={names} />, { mocks: [{ ...historyAnswer, delay: 300 }] });
    const summary = screen.getByText('Eerdere versies');
    expect(screen.queryByText('Jip gaat elke dag naar school.')).toBeNull();

    await act(async () => fireEvent.click(summary));
    expect(await screen.findByText('Eerdere versies worden geladen…')).toBeVisible();
    await screen.findByText('Jip gaat elke dag naar school.');
    const versions = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(versions.map((v) => v.querySelector('.item-history__who')?.textContent)).toEqual([
      expect.stringMatching(/^Gewijzigd door iemand die je niet kunt zien, 2 maart 2026, 14:05$/),
      expect.stringMatching(/^Geschreven door Sanne Jansen \(Wijkteam Oost\), 2 maart 2026, 14:05$/),
    ]);
    expect(within(versions[0]).getByText('Jip gaat elke dag naar school, ook woensdag.')).toBeVisible();
    expect(within(versions[0]).getByText('Uiterlijk').nextElementSibling?.textContent).toBe('1 april 2026');
    expect(within(versions[1]).getByText('Wie').nextElementSibling?.textContent).toBe('Marieke de Vries (Basisschool De Wilg)');
  });

  it('says so when the versions cannot be loaded, and loads them on a second try', async () => {
    await renderWithProviders(<ItemHistory item={changed} names={names} />, {
      mocks: [{ request: historyAsked, error: new Error('Failed to fetch') }, historyAnswer],
    });
    await act(async () => fireEvent.click(screen.getByText('Eerdere versies')));
    const failed = await screen.findByRole('alert');
    expect(failed.textContent).toContain('De eerdere versies konden niet worden geladen.');

    await act(async () => fireEvent.click(within(failed).getByRole('button', { name: 'Opnieuw proberen' })));
    expect(await screen.findByText('Jip gaat elke dag naar school.')).toBeVisible();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows whom a version was about and its goal where the next version changed them', async () => {
    const moved = planItem({ id: 'agreement', kind: 'AGREEMENT', text: 'Samen naar de bibliotheek.', version: 3, aboutMemberIds: ['jip'], goalId: 'swimming' });
    const versions = [
      version({ version: 2, text: 'Samen naar de bibliotheek.', aboutMemberIds: ['jip', 'petra'], goalId: 'swimming' }),
      version({ version: 1, text: 'Samen naar de bibliotheek.', aboutMemberIds: ['jip'], goalId: 'reading' }),
    ];
    await renderWithProviders(<ItemHistory item={moved} names={names} />, {
      mocks: [{ request: historyAsked, result: { data: { planItem: { __typename: 'PlanItem', id: 'agreement', history: versions } } } }],
    });
    await act(async () => fireEvent.click(screen.getByText('Eerdere versies')));
    await screen.findAllByText('Samen naar de bibliotheek.');
    const [second, first] = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(within(second).getByText('Over').nextElementSibling?.textContent).toBe('Jip, Petra');
    expect(within(second).queryByText('Doel')).toBeNull();
    expect(within(first).getByText('Over').nextElementSibling?.textContent).toBe('Jip');
    expect(within(first).getByText('Doel').nextElementSibling?.textContent).toBe('Jip leest elke dag.');
  });

  it('offers no fold for an item that was never changed', async () => {
    const { container } = await renderWithProviders(<ItemHistory item={planItem({ id: 'new', text: 'Nieuw' })} names={names} />);
    expect(container.querySelector('details')).toBeNull();
  });

  it('marks a change by someone else with the organisation that made it, and points to the earlier text', async () => {
    await renderWithProviders(<ChangedByOtherMark item={changed} />);
    expect(screen.getByText('Gewijzigd door Basisschool De Wilg.').parentElement?.textContent).toBe(
      "Gewijzigd door Basisschool De Wilg. Bij 'Eerdere versies' staat wat er eerst stond.",
    );
  });

  it('does not mark an item the reader or its author changed last', async () => {
    const { container } = await renderWithProviders(<ChangedByOtherMark item={{ ...changed, changedByOther: false }} />);
    expect(container.textContent).toBe('');
  });
});
