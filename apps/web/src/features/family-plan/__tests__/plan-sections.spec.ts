import { planItem, redactedItem } from '../testing/plan-item-fixture';
import { planSections } from '../utils/plan-sections';

describe('dividing the plan into its parts', () => {
  it('puts every kind in its own part and the family’s responses under the item they answer', () => {
    const goal = planItem({ id: 'goal', kind: 'GOAL' });
    const comment = planItem({ id: 'comment', kind: 'COMMENT', targetItemId: 'goal', createdAt: '2026-03-03T10:00:00Z' });
    const ownView = planItem({ id: 'view', kind: 'OWN_VIEW', targetItemId: 'goal', createdAt: '2026-03-02T10:00:00Z' });
    const sections = planSections([
      goal,
      comment,
      ownView,
      planItem({ id: 'roster', kind: 'ROSTER_ENTRY', category: 'SAFETY' }),
      planItem({ id: 'condition', kind: 'SAFETY_CONDITION', category: 'SAFETY' }),
      planItem({ id: 'voice', kind: 'CHILD_VOICE' }),
    ]);

    expect(sections.goals.map((item) => item.id)).toEqual(['goal']);
    expect(sections.roster.map((item) => item.id)).toEqual(['roster']);
    expect(sections.safetyConditions.map((item) => item.id)).toEqual(['condition']);
    expect(sections.childVoice.map((item) => item.id)).toEqual(['voice']);
    // Oldest response first: a conversation is read from the start.
    expect(sections.responsesByTarget.get('goal')?.map((item) => item.id)).toEqual(['view', 'comment']);
    expect(sections.logbook).toEqual([]);
  });

  it('keeps redacted responses apart: they carry no target to be placed under', () => {
    const sections = planSections([redactedItem('hidden-comment', 'COMMENT', 'GGZ Midden-Nederland', ['Esther de Graaf'])]);
    expect(sections.otherResponses.map((item) => item.id)).toEqual(['hidden-comment']);
    expect(sections.responsesByTarget.size).toBe(0);
  });

  it('orders agreements by their date, undated last, and the logbook newest first', () => {
    const sections = planSections([
      planItem({ id: 'later', kind: 'AGREEMENT', dueOn: '2026-04-01' }),
      planItem({ id: 'undated', kind: 'AGREEMENT', dueOn: null }),
      planItem({ id: 'sooner', kind: 'AGREEMENT', dueOn: '2026-03-10' }),
      planItem({ id: 'old-log', kind: 'LOG_ENTRY', createdAt: '2026-02-01T08:00:00Z' }),
      // Written today about last week: it is placed on the day it happened.
      planItem({ id: 'backdated-log', kind: 'LOG_ENTRY', createdAt: '2026-03-20T08:00:00Z', occurredOn: '2026-02-15' }),
      planItem({ id: 'new-log', kind: 'LOG_ENTRY', createdAt: '2026-03-19T08:00:00Z' }),
    ]);
    expect(sections.agreements.map((item) => item.id)).toEqual(['sooner', 'later', 'undated']);
    expect(sections.logbook.map((item) => item.id)).toEqual(['new-log', 'backdated-log', 'old-log']);
  });

  it('orders the roster from Monday to Sunday, single dates after the weekly entries', () => {
    const sections = planSections([
      planItem({ id: 'sunday', kind: 'ROSTER_ENTRY', weekday: 7 }),
      planItem({ id: 'one-date', kind: 'ROSTER_ENTRY', dueOn: '2026-03-12' }),
      planItem({ id: 'monday', kind: 'ROSTER_ENTRY', weekday: 1 }),
      planItem({ id: 'thursday', kind: 'ROSTER_ENTRY', weekday: 4 }),
    ]);
    expect(sections.roster.map((item) => item.id)).toEqual(['monday', 'thursday', 'sunday', 'one-date']);
  });
});
