import { isStalled } from '../utils/stagnation';
import { situationByLifeDomain } from '../utils/situation';
import { planItem, redactedItem } from '../testing/plan-item-fixture';
import { accessLogTerms } from '../utils/access-log-terms';

describe('stagnation', () => {
  const now = new Date('2026-03-31T12:00:00Z');

  it('starts after six weeks without any change', () => {
    expect(isStalled('2026-02-17T12:00:00Z', now)).toBe(true);
    expect(isStalled('2026-02-18T12:00:00Z', now)).toBe(false);
  });
});

describe('the situation per life domain', () => {
  it('keeps the fixed order of the domains, strengths apart from concerns, and leaves out empty domains', () => {
    const { domains, redacted } = situationByLifeDomain([
      planItem({ id: 'money', kind: 'SITUATION', lifeDomain: 'FINANCES', aspect: 'CONCERN' }),
      planItem({ id: 'mother', kind: 'SITUATION', lifeDomain: 'PARENTING', aspect: 'STRENGTH' }),
      planItem({ id: 'moods', kind: 'SITUATION', lifeDomain: 'HEALTH', aspect: 'CONCERN' }),
      redactedItem('hidden', 'SITUATION', 'GGZ', ['Esther de Graaf']),
    ]);
    expect(domains.map((domain) => domain.lifeDomain)).toEqual(['HEALTH', 'PARENTING', 'FINANCES']);
    expect(domains[1].strengths.map((item) => item.id)).toEqual(['mother']);
    expect(domains[1].concerns).toEqual([]);
    expect(redacted.map((item) => item.id)).toEqual(['hidden']);
  });
});

describe('the access log’s words', () => {
  it('knows actions, bases and lists, reads an adopted version’s number, and leaves the unknown alone', () => {
    expect(accessLogTerms({ action: 'READ', basis: 'REGISSEUR', accountKind: 'PROFESSIONAL', list: 'plan' })).toEqual({
      action: 'READ',
      basis: 'REGISSEUR',
      accountKind: 'PROFESSIONAL',
      list: 'plan',
      version: null,
    });
    expect(accessLogTerms({ action: 'PEEK', basis: 'OTHER', accountKind: 'ROBOT', list: 'plan-version:3' })).toEqual({
      action: null,
      basis: null,
      accountKind: null,
      list: null,
      version: 3,
    });
  });
});
