import { fireEvent, screen, within } from '@testing-library/react';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { PlanSectionsView } from '../components/plan-sections-view';
import { PlanViewProvider } from '../components/plan-view-context';
import { member, planItem, redactedItem } from '../testing/plan-item-fixture';
import { planSections } from '../utils/plan-sections';

const members = [member('esther', 'Esther', 'de Graaf', { role: 'PARENT' })];

/** A logbook of `count` entries, one a day from 1 January 2024: "Bericht n" is the n-th oldest. */
const logbook = (count: number) =>
  Array.from({ length: count }, (_, index) =>
    planItem({
      id: `log-${index + 1}`,
      kind: 'LOG_ENTRY',
      text: `Bericht ${index + 1}`,
      createdAt: new Date(Date.UTC(2024, 0, 1) + index * 86_400_000).toISOString(),
    }),
  );

async function renderPlan(items: Parameters<typeof planSections>[0], linkedItemId: string | null = null) {
  const sections = planSections(items);
  return renderWithProviders(
    <PlanViewProvider
      value={{ members, goals: sections.goals, responsesByTarget: sections.responsesByTarget, today: '2026-03-10', editor: null, linkedItemId }}
    >
      <PlanSectionsView sections={sections} />
    </PlanViewProvider>,
  );
}

const entriesIn = (region: HTMLElement) => within(within(region).getAllByRole('list')[0]).getAllByRole('listitem');

describe('the plan of a family followed for years', () => {
  it('shows the latest 20 logbook entries, 20 more per press with the focus on the first new one, until all are there', async () => {
    await renderPlan(logbook(45));
    const region = screen.getByRole('region', { name: 'Logboek' });
    expect(entriesIn(region)).toHaveLength(20);
    expect(entriesIn(region)[0].textContent).toContain('Bericht 45');
    expect(within(region).queryByText('Bericht 25')).toBeNull();
    expect(within(region).getByText('Je ziet de nieuwste 20 van de 45 berichten.')).toBeVisible();

    fireEvent.click(within(region).getByRole('button', { name: 'Toon 20 oudere berichten' }));
    expect(entriesIn(region)).toHaveLength(40);
    expect(entriesIn(region)[20].textContent).toContain('Bericht 25');
    expect(document.activeElement).toBe(entriesIn(region)[20]);

    fireEvent.click(within(region).getByRole('button', { name: 'Toon 5 oudere berichten' }));
    expect(entriesIn(region)).toHaveLength(45);
    expect(within(region).queryByRole('button', { name: /oudere berichten/ })).toBeNull();
    expect(within(region).queryByText(/Je ziet de nieuwste/)).toBeNull();
  });

  it('folds nothing in a logbook of 20 entries', async () => {
    await renderPlan(logbook(20));
    const region = screen.getByRole('region', { name: 'Logboek' });
    expect(entriesIn(region)).toHaveLength(20);
    expect(within(region).queryByRole('button', { name: /oudere berichten/ })).toBeNull();
  });

  it('opens folded far enough to show the entry a link points at', async () => {
    await renderPlan(logbook(45), 'log-3');
    const region = screen.getByRole('region', { name: 'Logboek' });
    expect(entriesIn(region)).toHaveLength(43);
    expect(within(region).getByText('Bericht 3')).toBeVisible();
  });

  it('keeps every agreement still to do on screen and folds only finished ones', async () => {
    const done = Array.from({ length: 30 }, (_, index) =>
      planItem({ id: `done-${index}`, kind: 'AGREEMENT', text: `Klaar ${index}`, status: 'DONE', dueOn: '2025-01-01' }),
    );
    const open = Array.from({ length: 25 }, (_, index) =>
      planItem({ id: `open-${index}`, kind: 'AGREEMENT', text: `Open ${index}`, status: 'OPEN', dueOn: '2026-06-01' }),
    );
    const late = planItem({ id: 'late', kind: 'AGREEMENT', text: 'Te laat', status: 'OPEN', dueOn: '2026-03-01' });
    await renderPlan([...done, ...open, late]);
    const region = screen.getByRole('region', { name: 'Afspraken' });
    expect(entriesIn(region)).toHaveLength(26);
    expect(entriesIn(region)[0].textContent).toContain('Te laat');
    expect(within(region).queryByText('Klaar 0')).toBeNull();
    expect(within(region).getByText('Je ziet 26 van de 56 afspraken. De andere zijn afgerond.')).toBeVisible();

    fireEvent.click(within(region).getByRole('button', { name: 'Toon 20 afgeronde afspraken' }));
    expect(entriesIn(region)).toHaveLength(46);
    expect(document.activeElement).toBe(entriesIn(region)[26]);
    expect(within(region).getByRole('button', { name: 'Toon 10 afgeronde afspraken' })).toBeVisible();
  });
});

describe('the agreements of a family followed for years, as a partner reads them', () => {
  it('counts only what the partner knows needs attention and folds the stubs whose status is not theirs to know', async () => {
    const stubs = Array.from({ length: 30 }, (_, index) => ({
      ...redactedItem(`stub-${index}`, 'AGREEMENT', 'GGZ Midden-Nederland', ['Esther de Graaf']),
      dueOn: '2025-01-01',
      status: null,
    }));
    const own = planItem({ id: 'own', kind: 'AGREEMENT', text: 'Eigen afspraak', status: 'OPEN', dueOn: '2026-03-01' });
    await renderPlan([...stubs, own]);
    const region = screen.getByRole('region', { name: 'Afspraken' });
    expect(within(region).getByText('1 afspraak heeft aandacht nodig: te laat of niet nagekomen.')).toBeVisible();
    expect(entriesIn(region)).toHaveLength(20);
    expect(entriesIn(region)[0].textContent).toContain('Eigen afspraak');
    expect(within(region).getByText('Je ziet 20 van de 31 afspraken. De andere zijn afgerond, of je kunt ze niet inzien.')).toBeVisible();
    fireEvent.click(within(region).getByRole('button', { name: 'Toon 11 andere afspraken' }));
    expect(entriesIn(region)).toHaveLength(31);
  });
});
