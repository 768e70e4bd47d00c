import { addInputOf, emptyDraft, missingFields, partyFromKey, partyKey } from '../utils/new-item-draft';

describe('a new item as the form holds it', () => {
  it('names what each kind still lacks, in the order the form shows it', () => {
    const draft = emptyDraft('GENERAL');
    expect(missingFields('AGREEMENT', draft)).toEqual(['text', 'assignee', 'dueOn']);
    expect(missingFields('GOAL', draft)).toEqual(['text', 'aboutMemberIds']);
    expect(missingFields('LOG_ENTRY', { ...draft, text: '   ' })).toEqual(['text']);
    expect(missingFields('LOG_ENTRY', emptyDraft(undefined))).toEqual(['text', 'category']);
  });

  it('turns an agreement into the API’s input, leaving out what is empty or belongs to other kinds', () => {
    const draft = {
      ...emptyDraft('GENERAL'),
      text: '  Sanne gaat mee naar de schuldhulp. ',
      assignee: partyKey('INVOLVEMENT', 'inv-sanne'),
      dueOn: '2026-04-01',
      occurredOn: '2026-03-01',
    };
    expect(addInputOf('AGREEMENT', 'family', draft)).toEqual({
      familyId: 'family',
      kind: 'AGREEMENT',
      category: 'GENERAL',
      text: 'Sanne gaat mee naar de schuldhulp.',
      aboutMemberIds: [],
      dueOn: '2026-04-01',
      assignee: { type: 'INVOLVEMENT', id: 'inv-sanne' },
      goalId: undefined,
      occurredOn: undefined,
    });
  });

  it('reads a party back from its select value, and nothing from a broken one', () => {
    expect(partyFromKey('NETWORK_MEMBER:abc')).toEqual({ type: 'NETWORK_MEMBER', id: 'abc' });
    expect(partyFromKey('')).toBeNull();
    expect(partyFromKey('SOMEONE:abc')).toBeNull();
    expect(partyFromKey('INVOLVEMENT:')).toBeNull();
  });
});
