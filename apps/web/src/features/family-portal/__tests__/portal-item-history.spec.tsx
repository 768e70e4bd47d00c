import { act, fireEvent, screen, within } from '@testing-library/react';
import { PlanItemHistoryDocument, PlanItemHistoryQuery } from '../../../graphql/generated/graphql';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { planItem } from '../../portal-shared/testing/plan-item-fixture';
import { PortalItemHistory } from '../../portal-shared/components/portal-item-history';

type Version = PlanItemHistoryQuery['planItem']['history'][number];

const team = { __typename: 'Party', type: 'INVOLVEMENT', id: 'inv-team', name: 'Sanne Jansen', organisationName: 'Wijkteam Oost' } as const;

const version = (values: Partial<Version> & { version: number }): Version => ({
  __typename: 'PlanItemVersion',
  itemId: 'goal',
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

const goal = planItem({ id: 'goal', kind: 'GOAL', text: 'Jip gaat vier dagen per week naar school.', version: 3 });
const names: Record<string, string> = { jip: 'Jip', mam: 'Mam' };
const about = (ids: readonly string[]) => ids.map((id) => names[id]).join(' en ');
const asked = { query: PlanItemHistoryDocument, variables: { itemId: 'goal' } };
const answer = (history: Version[]) => ({ request: asked, result: { data: { planItem: { __typename: 'PlanItem', id: 'goal', history } } } });

describe('what an item of our plan said before (family portal)', () => {
  it('is folded, loads when opened, and says in plain words who changed it and when, naming only who the family may see', async () => {
    await renderWithProviders(<PortalItemHistory item={goal} about={about} />, {
      mocks: [
        answer([
          version({ version: 2, text: 'Jip gaat elke dag naar school, ook woensdag.', changedBy: null }),
          version({ version: 1, text: 'Jip gaat elke dag naar school.' }),
        ]),
      ],
    });
    const fold = screen.getByText('Wat er eerst stond').closest('details') as HTMLDetailsElement;
    expect(fold.open).toBe(false);
    expect(screen.queryByText('Jip gaat elke dag naar school.')).toBeNull();

    await act(async () => fireEvent.click(screen.getByText('Wat er eerst stond')));
    await screen.findByText('Jip gaat elke dag naar school.');
    const versions = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(versions.map((v) => v.textContent)).toEqual([
      'Veranderd door iemand anders op 2 maart 2026. Toen stond er:Jip gaat elke dag naar school, ook woensdag.',
      'Eerst geschreven door Sanne Jansen van Wijkteam Oost op 2 maart 2026:Jip gaat elke dag naar school.',
    ]);
  });

  it('says what changed when only whom it is about or its goal changed, so the same words are not shown twice without a reason', async () => {
    const agreement = planItem({ id: 'goal', kind: 'AGREEMENT', text: 'Mam belt de school.', aboutMemberIds: ['jip'], goalId: 'goal-school', version: 3 });
    await renderWithProviders(<PortalItemHistory item={agreement} about={about} />, {
      mocks: [
        answer([
          version({ version: 2, text: 'Mam belt de school.', aboutMemberIds: ['jip'], goalId: 'goal-home' }),
          version({ version: 1, text: 'Mam belt de school.', aboutMemberIds: ['jip', 'mam'], goalId: 'goal-home' }),
        ]),
      ],
    });
    await act(async () => fireEvent.click(screen.getByText('Wat er eerst stond')));
    await screen.findAllByText('Mam belt de school.');
    const versions = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(versions.map((v) => v.textContent)).toEqual([
      'Veranderd door Sanne Jansen van Wijkteam Oost op 2 maart 2026. Toen stond er:Mam belt de school.Toen hoorde het bij een ander doel.',
      'Eerst geschreven door Sanne Jansen van Wijkteam Oost op 2 maart 2026:Mam belt de school.Toen ging het over Jip en Mam.',
    ]);
  });

  it('says so when nothing earlier may be read, and offers no fold for an item never changed or not read in full', async () => {
    await renderWithProviders(<PortalItemHistory item={goal} about={about} />, { mocks: [answer([])] });
    await act(async () => fireEvent.click(screen.getByText('Wat er eerst stond')));
    expect(await screen.findByText('Er is niets van vroeger dat je mag zien.')).toBeVisible();

    const { container } = await renderWithProviders(
      <>
        <PortalItemHistory item={planItem({ id: 'new', kind: 'GOAL', text: 'Nieuw' })} about={about} />
        <PortalItemHistory item={planItem({ id: 'stub', kind: 'GOAL', text: null, access: 'REDACTED', version: 2 })} about={about} />
      </>,
    );
    expect(container.querySelector('details')).toBeNull();
  });

  it('says when loading failed and loads on a second try', async () => {
    await renderWithProviders(<PortalItemHistory item={goal} about={about} />, {
      mocks: [{ request: asked, error: new Error('Failed to fetch') }, answer([version({ version: 1, text: 'Eerste tekst.' })])],
    });
    await act(async () => fireEvent.click(screen.getByText('Wat er eerst stond')));
    const failed = await screen.findByRole('alert');
    expect(failed.textContent).toContain('Dit lukte niet.');
    await act(async () => fireEvent.click(within(failed).getByRole('button', { name: 'Nog een keer proberen' })));
    expect(await screen.findByText('Eerste tekst.')).toBeVisible();
  });
});
