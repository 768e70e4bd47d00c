import { addInputOf, emptyItem, itemSchema, itemSchemaNamingMembers } from '../utils/item-form';
import { partyFromKey, partyKey } from '../utils/party-key';

const problemsOf = (kind: Parameters<typeof itemSchema>[0], values: ReturnType<typeof emptyItem>) => {
  const result = itemSchema(kind).safeParse(values);
  // The form shows the first reason per field, as react-hook-form does.
  return result.success ? {} : Object.fromEntries(result.error.issues.reverse().map((issue) => [issue.path.join('.'), issue.message]));
};

describe('a new item as the form holds it', () => {
  it('names what each kind still lacks, all at once', () => {
    const empty = emptyItem('GENERAL');
    expect(problemsOf('AGREEMENT', empty)).toEqual({ text: 'empty', assignee: 'choose', dueOn: 'empty' });
    expect(problemsOf('GOAL', empty)).toEqual({ text: 'empty', aboutMemberIds: 'choose' });
    expect(problemsOf('LOG_ENTRY', { ...empty, text: '   ' })).toEqual({ text: 'empty' });
    expect(problemsOf('LOG_ENTRY', emptyItem(undefined))).toEqual({ text: 'empty', category: 'choose' });
  });

  it('asks a partner who may not write about the whole family to name whom an item is about', () => {
    const entry = { ...emptyItem('SCHOOL'), text: 'Lars was er niet' };
    const named = (mustName: boolean, aboutMemberIds: string[]) =>
      itemSchemaNamingMembers('LOG_ENTRY', mustName).safeParse({ ...entry, aboutMemberIds }).error?.issues.map((issue) => [issue.path.join('.'), issue.message]);
    expect(named(true, [])).toEqual([['aboutMemberIds', 'choose']]);
    expect(named(true, ['lars'])).toBeUndefined();
    expect(named(false, [])).toBeUndefined();
    // The child's voice names its one child in its own field.
    expect(itemSchemaNamingMembers('CHILD_VOICE', true)).toBe(itemSchema('CHILD_VOICE'));
  });

  it('turns an agreement into the API’s input, leaving out what is empty or belongs to other kinds', () => {
    const checked = itemSchema('AGREEMENT').parse({
      ...emptyItem('GENERAL'),
      text: '  Sanne gaat mee naar de schuldhulp. ',
      assignee: partyKey('INVOLVEMENT', 'inv-sanne'),
      dueOn: '2026-04-01',
      occurredOn: '2026-03-01',
    });
    expect(addInputOf('AGREEMENT', 'family', checked)).toEqual({
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
