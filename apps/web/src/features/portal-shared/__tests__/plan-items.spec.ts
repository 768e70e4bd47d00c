import { planItem } from '../testing/plan-item-fixture';
import { entryDay, itemsOfKind, namesOf, newestFirst, responsesByTarget } from '../utils/plan-items';

describe('taking the plan apart for the portal', () => {
  it('keeps only the items of the asked kinds that may be read in full', () => {
    const goal = planItem({ kind: 'GOAL' });
    const agreement = planItem({ kind: 'AGREEMENT' });
    const stub = planItem({ kind: 'GOAL', access: 'REDACTED', text: null });
    expect(itemsOfKind([goal, agreement, stub], 'GOAL')).toEqual([goal]);
    expect(itemsOfKind([goal, agreement, stub], 'GOAL', 'AGREEMENT')).toEqual([goal, agreement]);
  });

  it('gathers comments and own views under the item they answer, oldest first', () => {
    const target = planItem({ kind: 'SITUATION' });
    const later = planItem({ kind: 'COMMENT', targetItemId: target.id, createdAt: '2025-11-21T10:00:00Z' });
    const earlier = planItem({ kind: 'OWN_VIEW', targetItemId: target.id, createdAt: '2025-11-20T10:00:00Z' });
    const unrelated = planItem({ kind: 'LOG_ENTRY', targetItemId: null });
    const responses = responsesByTarget([target, later, earlier, unrelated]);
    expect(responses.get(target.id)).toEqual([earlier, later]);
    expect(responses.size).toBe(1);
  });

  it('dates a logbook entry by the Dutch day it is about', () => {
    // 23:30 UTC on 30 November is already 1 December in the Netherlands.
    expect(entryDay(planItem({ createdAt: '2025-11-30T23:30:00Z' }))).toBe('2025-12-01');
    expect(entryDay(planItem({ createdAt: '2025-11-30T23:30:00Z', occurredOn: '2025-11-28' }))).toBe('2025-11-28');
  });

  it('puts the newest logbook entries first, by the day they are about', () => {
    const yesterdayWrittenToday = planItem({ occurredOn: '2025-11-19', createdAt: '2025-11-20T12:00:00Z' });
    const todayMorning = planItem({ createdAt: '2025-11-20T08:00:00Z' });
    const todayEvening = planItem({ createdAt: '2025-11-20T18:00:00Z' });
    expect(newestFirst([yesterdayWrittenToday, todayMorning, todayEvening])).toEqual([
      todayEvening,
      todayMorning,
      yesterdayWrittenToday,
    ]);
  });

  it('names the members an item is about in the order of the family', () => {
    const members = [
      { id: 'm1', givenName: 'Esther' },
      { id: 'm2', givenName: 'Lars' },
      { id: 'm3', givenName: 'Lisanne' },
    ];
    expect(namesOf(['m3', 'm1'], members)).toEqual(['Esther', 'Lisanne']);
    expect(namesOf([], members)).toEqual([]);
  });
});
