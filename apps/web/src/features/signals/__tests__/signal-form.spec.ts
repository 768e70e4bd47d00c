import { EMPTY_SIGNAL, signalFieldAliases, signalSchema, SignalFormValues } from '../utils/signal-form';

const TODAY = '2026-03-10';

const complete: SignalFormValues = {
  ...EMPTY_SIGNAL,
  bsn: '999 991 103',
  givenName: ' Lisanne ',
  familyName: 'Meijer',
  dateOfBirth: '2016-09-01',
  street: 'Kastanjelaan',
  houseNumber: '27',
  postcode: '3552 tk',
  city: 'Utrecht',
  parentBsns: { first: '999.991.206', second: '999991206' },
  domain: 'EDUCATION',
  contactPhone: '030 300 4455',
  informed: 'yes',
  informedAt: '2026-03-02',
};

/** The fields the schema marks, each with its first reason (the one the field shows), in form order. */
function problems(values: SignalFormValues): Array<[string, string]> {
  const result = signalSchema(TODAY).safeParse(values);
  if (result.success) return [];
  const first = new Map<string, string>();
  for (const issue of result.error.issues) if (!first.has(issue.path.join('.'))) first.set(issue.path.join('.'), issue.message);
  return [...first];
}

describe('a signal being filled in', () => {
  it('names every missing field, and asks whether the family was told', () => {
    expect(problems(EMPTY_SIGNAL).map(([field]) => field)).toEqual([
      'bsn',
      'givenName',
      'familyName',
      'dateOfBirth',
      'street',
      'houseNumber',
      'postcode',
      'city',
      'domain',
      'contactPhone',
      'informed',
    ]);
    expect(problems(complete)).toEqual([]);
  });

  it('checks the BSN for nine digits only: the eleven-test is the API’s', () => {
    expect(problems({ ...complete, bsn: '12345678' })).toEqual([['bsn', 'nineDigits']]);
    expect(problems({ ...complete, bsn: '123456789' })).toEqual([]);
    expect(problems({ ...complete, parentBsns: { first: '', second: '1234' } })).toEqual([['parentBsns', 'invalid']]);
  });

  it('wants a day in the past when told, or a reason of ten characters when not', () => {
    expect(problems({ ...complete, informedAt: '2026-03-11' })).toEqual([['informedAt', 'invalid']]);
    expect(problems({ ...complete, informed: 'no', notInformedReason: 'later' })).toEqual([['notInformedReason', 'tooShort']]);
    expect(problems({ ...complete, informed: 'no', notInformedReason: 'Gesprek met moeder staat gepland.' })).toEqual([]);
  });

  it('sends the BSNs without spaces or dots, each parent once, and either when told or why not', () => {
    const input = signalSchema(TODAY).parse(complete);
    expect(input).toMatchObject({ bsn: '999991103', givenName: 'Lisanne', postcode: '3552 tk', parentBsns: ['999991206'], domain: 'EDUCATION' });
    expect(input.informedAt).toBe('2026-03-02T12:00:00.000Z');
    expect(input).not.toHaveProperty('notInformedReason');
    const notYet = signalSchema(TODAY).parse({ ...complete, informed: 'no', notInformedReason: ' Eerst met moeder bespreken. ' });
    expect(notYet).toMatchObject({ notInformedReason: 'Eerst met moeder bespreken.' });
    expect(notYet).not.toHaveProperty('informedAt');
  });

  it('shows the API’s “neither told nor why not” at the question unless “not yet” was chosen', () => {
    expect(signalFieldAliases('')).toEqual({ notInformedReason: 'informed' });
    expect(signalFieldAliases('yes')).toEqual({ notInformedReason: 'informed' });
    expect(signalFieldAliases('no')).toEqual({});
  });
});
