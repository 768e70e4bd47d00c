import { AccessLogEntry, byDay, deedOf, reasonOf, summariseAccessLog } from '../utils/access-log-summary';

let next = 0;

function entry(overrides: Partial<AccessLogEntry>): AccessLogEntry {
  next += 1;
  return {
    __typename: 'AccessLogEntry',
    id: `log-${next}`,
    at: '2025-11-20T10:00:00Z',
    accountName: 'Marieke de Vries',
    accountKind: 'PROFESSIONAL',
    organisationName: 'Basisschool De Regenboog',
    action: 'READ',
    list: 'plan',
    itemId: null,
    basis: 'INVOLVEMENT_TASK',
    consentIds: ['consent-lisanne'],
    legalBasisIds: [],
    ...overrides,
  };
}

describe('the access log in plain words', () => {
  it('says what was looked at, with anything unknown counting as the plan', () => {
    expect(deedOf({ action: 'READ', list: 'family', itemId: null })).toEqual({ type: 'read', subject: 'family' });
    expect(deedOf({ action: 'READ', list: 'access-log', itemId: null })).toEqual({ type: 'read', subject: 'accessLog' });
    expect(deedOf({ action: 'READ', list: 'plan-version:3', itemId: null })).toEqual({ type: 'read', subject: 'version' });
    expect(deedOf({ action: 'READ', list: null, itemId: 'item-1' })).toEqual({ type: 'read', subject: 'item' });
    expect(deedOf({ action: 'READ', list: 'something-new', itemId: null })).toEqual({ type: 'read', subject: 'plan' });
  });

  it('says what was changed, a consent apart from other coordination', () => {
    expect(deedOf({ action: 'RESPOND', list: null, itemId: 'item-1' })).toEqual({ type: 'change', change: 'RESPOND' });
    expect(deedOf({ action: 'COORDINATE', list: 'consent', itemId: null })).toEqual({ type: 'change', change: 'CONSENT' });
    expect(deedOf({ action: 'COORDINATE', list: null, itemId: null })).toEqual({ type: 'change', change: 'COORDINATE' });
  });

  it('uses neutral words for legal bases: a look at them or a change is about the consents', () => {
    expect(deedOf({ action: 'READ', list: 'legal-bases', itemId: null })).toEqual({ type: 'read', subject: 'consents' });
    expect(deedOf({ action: 'COORDINATE', list: 'legal-basis', itemId: 'basis-1' })).toEqual({ type: 'change', change: 'CONSENT' });
    expect(deedOf({ action: 'TELEPORT', list: null, itemId: null })).toEqual({ type: 'change', change: 'OTHER' });
  });

  it('says why someone could, naming consent and a legal basis', () => {
    expect(reasonOf({ basis: 'REGISSEUR', consentIds: [], legalBasisIds: [] })).toBe('regisseur');
    expect(reasonOf({ basis: 'INVOLVEMENT_TASK', consentIds: ['c'], legalBasisIds: [] })).toBe('taskWithConsent');
    expect(reasonOf({ basis: 'INVOLVEMENT_TASK', consentIds: [], legalBasisIds: ['b'] })).toBe('legalBasis');
    expect(reasonOf({ basis: 'INVOLVEMENT_TASK', consentIds: [], legalBasisIds: [] })).toBe('task');
    expect(reasonOf({ basis: 'FAMILY_OWN', consentIds: [], legalBasisIds: [] })).toBe('family');
    expect(reasonOf({ basis: 'NETWORK_ROLE', consentIds: [], legalBasisIds: [] })).toBe('network');
  });

  it('gathers one person’s looking on one day in one line, from the first time to the last', () => {
    const lines = summariseAccessLog([
      entry({ at: '2025-11-20T10:05:00Z', list: 'plan' }),
      entry({ at: '2025-11-20T10:05:00Z', list: 'family' }),
      entry({ at: '2025-11-20T09:00:00Z', list: 'plan' }),
    ]);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      accountName: 'Marieke de Vries',
      deed: { type: 'read', subjects: ['plan', 'family'] },
      reason: 'taskWithConsent',
      day: '2025-11-20',
      from: '2025-11-20T09:00:00Z',
      until: '2025-11-20T10:05:00Z',
    });
  });

  it('keeps lines apart for another person, another day, a change, and keeps the order of events', () => {
    const lines = summariseAccessLog([
      entry({ at: '2025-11-21T08:00:00Z' }),
      entry({ at: '2025-11-20T12:00:00Z', accountName: 'Sanne Jansen', organisationName: 'Wijkteam', basis: 'REGISSEUR' }),
      entry({ at: '2025-11-20T11:00:00Z', action: 'CREATE', list: null, itemId: 'item-1' }),
      entry({ at: '2025-11-20T10:00:00Z' }),
    ]);
    expect(lines.map((line) => [line.accountName, line.day, line.deed.type])).toEqual([
      ['Marieke de Vries', '2025-11-21', 'read'],
      ['Sanne Jansen', '2025-11-20', 'read'],
      ['Marieke de Vries', '2025-11-20', 'change'],
      ['Marieke de Vries', '2025-11-20', 'read'],
    ]);
    expect(byDay(lines).map(({ day, lines: ofDay }) => [day, ofDay.length])).toEqual([
      ['2025-11-21', 1],
      ['2025-11-20', 3],
    ]);
  });

  it('gathers one person’s reads of a day in one line with how many times, also with a change in between', () => {
    const lines = summariseAccessLog([
      entry({ at: '2025-11-20T12:00:00Z', list: 'plan' }),
      entry({ at: '2025-11-20T12:00:00Z', list: 'family' }),
      entry({ at: '2025-11-20T11:00:00Z', action: 'CREATE', list: null, itemId: 'item-1' }),
      entry({ at: '2025-11-20T10:00:00Z', list: 'plan' }),
      entry({ at: '2025-11-20T09:00:00Z', list: 'legal-bases' }),
    ]);
    expect(lines.map((line) => [line.deed, line.count, line.from, line.until])).toEqual([
      [{ type: 'read', subjects: ['plan', 'family', 'consents'] }, 3, '2025-11-20T09:00:00Z', '2025-11-20T12:00:00Z'],
      [{ type: 'change', change: 'CREATE' }, 1, '2025-11-20T11:00:00Z', '2025-11-20T11:00:00Z'],
    ]);
  });

  it('counts the day as it is in the Netherlands', () => {
    const [line] = summariseAccessLog([entry({ at: '2025-11-30T23:30:00Z' })]);
    expect(line.day).toBe('2025-12-01');
  });
});
