import { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { MyCalendarDocument } from '../../../graphql/generated/graphql';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { AGENDA_WEEKS, CalendarPage } from '../components/calendar-page';
import { agendaWeeks, CalendarEntry, isoWeek } from '../utils/agenda-weeks';

const entry = (overrides: Partial<CalendarEntry> & Pick<CalendarEntry, 'itemId' | 'on' | 'kind'>): CalendarEntry => ({
  __typename: 'CalendarEntry',
  familyId: 'family-1',
  familyName: 'Gezin Meijer',
  text: 'Iets',
  status: 'OPEN',
  assigneeName: null,
  ...overrides,
});

const entries = [
  entry({ itemId: 'evaluation', kind: 'EVALUATION', on: '2026-12-02', text: 'Evaluatie met het gezin', status: 'PLANNED' }),
  entry({ itemId: 'stub', kind: 'AGREEMENT', on: '2026-12-10', text: null, assigneeName: 'Fatima Bakker', familyName: 'Gezin Yilmaz', familyId: 'family-2' }),
  entry({ itemId: 'safety', kind: 'SAFETY_PLAN', on: '2026-12-13', text: 'Veiligheidsplan', status: null }),
];

describe('the agenda of the coming weeks', () => {
  it('numbers weeks as Dutch calendars do', () => {
    expect(isoWeek('2026-11-30')).toBe(49);
    expect(isoWeek('2026-01-01')).toBe(1);
    expect(isoWeek('2027-01-03')).toBe(53);
    expect(isoWeek('2024-12-30')).toBe(1);
  });

  it('puts each entry in its week, and keeps a free week', () => {
    const weeks = agendaWeeks('2026-11-30', '2026-12-20', entries);
    expect(weeks.map((week) => [week.number, week.from, week.until, week.entries.map((e) => e.itemId)])).toEqual([
      [49, '2026-11-30', '2026-12-06', ['evaluation']],
      [50, '2026-12-07', '2026-12-13', ['stub', 'safety']],
      [51, '2026-12-14', '2026-12-20', []],
    ]);
  });

  it('lists each week under its heading, an unreadable agreement as a stub, and links into the plan', async () => {
    const mocks: MockLink.MockedResponse[] = [
      {
        request: { query: MyCalendarDocument, variables: { weeks: AGENDA_WEEKS } },
        result: { data: { myCalendar: { __typename: 'Calendar', from: '2026-11-30', until: '2026-12-20', entries } } },
      },
    ];
    await renderWithProviders(
      <MemoryRouter>
        <CalendarPage />
      </MemoryRouter>,
      { mocks },
    );

    const week49 = (await screen.findByRole('heading', { level: 2, name: /^Week 49/ })).closest('section')!;
    expect(within(week49).getByRole('link', { name: 'Evaluatie met het gezin' }).getAttribute('href')).toBe('/gezinnen/family-1#item-evaluation');
    const week50 = screen.getByRole('region', { name: /^Week 50/ });
    const stub = within(week50).getByRole('link', { name: 'Afspraak die je niet kunt inzien' }).closest('li')!;
    expect(within(stub).getByText('Wie: Fatima Bakker')).toBeVisible();
    expect(within(stub).getByText('Gezin Yilmaz')).toBeVisible();
    expect(within(week50).getByText(/Evaluatie van het veiligheidsplan/)).toBeVisible();
    expect(within(screen.getByRole('region', { name: /^Week 51/ })).getByText('Niets gepland deze week.')).toBeVisible();
  });
});
