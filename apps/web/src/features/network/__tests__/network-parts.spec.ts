import { planItem } from '../../portal-shared/testing/plan-item-fixture';
import { networkParts } from '../utils/network-parts';

describe('a network member’s part of the safety plan', () => {
  const me = { __typename: 'Party' as const, id: 'anja', type: 'NETWORK_MEMBER' as const, name: 'Tante Anja', organisationName: null };
  const someoneElse = { ...me, id: 'yvonne', name: 'Buurvrouw Yvonne' };

  it('keeps the roster entries and agreements that are this person’s own', () => {
    const mine = planItem({ kind: 'ROSTER_ENTRY', category: 'SAFETY', weekday: 3, assignee: me });
    const theirs = planItem({ kind: 'ROSTER_ENTRY', category: 'SAFETY', weekday: 1, assignee: someoneElse });
    const myAgreement = planItem({ kind: 'SAFETY_AGREEMENT', category: 'SAFETY', assignee: me });
    const parts = networkParts([mine, theirs, myAgreement], 'anja');
    expect(parts.myRoster).toEqual([mine]);
    expect(parts.myAgreements).toEqual([myAgreement]);
  });

  it('reads the safety plan, its conditions and only the safety logbook', () => {
    const plan = planItem({ kind: 'SAFETY_PLAN', category: 'SAFETY', contactName: 'Kees Dekker' });
    const condition = planItem({ kind: 'SAFETY_CONDITION', category: 'SAFETY' });
    const safetyLog = planItem({ kind: 'LOG_ENTRY', category: 'SAFETY' });
    const generalLog = planItem({ kind: 'LOG_ENTRY', category: 'GENERAL' });
    const parts = networkParts([plan, condition, safetyLog, generalLog], 'anja');
    expect(parts.safetyPlan).toBe(plan);
    expect(parts.conditions).toEqual([condition]);
    expect(parts.logbook).toEqual([safetyLog]);
  });

  it('has no safety plan when there is none yet', () => {
    expect(networkParts([], 'anja').safetyPlan).toBeNull();
  });
});
