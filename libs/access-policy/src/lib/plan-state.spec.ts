import { decideChangeInPlan, decideClosure, involvementActiveOn, PLAN_CLOSED_REASON } from './plan-state';
import { Relation } from './facts';

const regisseur: Relation = { type: 'PROFESSIONAL', involvement: { id: 'i1', categories: ['GENERAL'], memberIds: [], isRegisseur: true } };
const partner: Relation = { type: 'PROFESSIONAL', involvement: { id: 'i2', categories: ['GENERAL'], memberIds: [], isRegisseur: false } };

describe('a closed plan', () => {
  it('refuses every change to the plan, and keeps the family’s rights over its information', () => {
    expect(decideChangeInPlan('OPEN')).toEqual({ allowed: true });
    expect(decideChangeInPlan('CLOSED')).toEqual({ allowed: false, reason: PLAN_CLOSED_REASON });
    expect(decideChangeInPlan('CLOSED', 'FAMILY_RIGHT')).toEqual({ allowed: true });
  });

  it('is closed and reopened by the regisseur only, each from the other state', () => {
    expect(decideClosure(regisseur, 'OPEN', 'CLOSE').allowed).toBe(true);
    expect(decideClosure(regisseur, 'CLOSED', 'REOPEN').allowed).toBe(true);
    expect(decideClosure(regisseur, 'CLOSED', 'CLOSE').allowed).toBe(false);
    expect(decideClosure(regisseur, 'OPEN', 'REOPEN').allowed).toBe(false);
    expect(decideClosure(partner, 'OPEN', 'CLOSE').allowed).toBe(false);
    expect(decideClosure({ type: 'FAMILY_MEMBER', memberId: 'm1' }, 'CLOSED', 'REOPEN').allowed).toBe(false);
  });
});

describe('an involvement’s period', () => {
  const period = { startsOn: '2026-01-01', endsOn: '2026-03-31', endedAt: null };
  it('gives access from its first to its last day, and not once ended at once', () => {
    expect(involvementActiveOn(period, '2025-12-31')).toBe(false);
    expect(involvementActiveOn(period, '2026-01-01')).toBe(true);
    expect(involvementActiveOn(period, '2026-03-31')).toBe(true);
    expect(involvementActiveOn(period, '2026-04-01')).toBe(false);
    expect(involvementActiveOn({ ...period, endsOn: null }, '2030-01-01')).toBe(true);
    expect(involvementActiveOn({ ...period, endedAt: new Date('2026-02-01') }, '2026-02-02')).toBe(false);
  });
});
