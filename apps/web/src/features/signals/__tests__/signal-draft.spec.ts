import { EMPTY_SIGNAL, placeApiProblems, registerSignalInputOf, SignalDraft, signalDraftProblems } from '../utils/signal-draft';

const TODAY = '2026-03-10';

const complete: SignalDraft = {
  ...EMPTY_SIGNAL,
  bsn: '999 991 103',
  givenName: ' Lisanne ',
  familyName: 'Meijer',
  dateOfBirth: '2016-09-01',
  street: 'Kastanjelaan',
  houseNumber: '27',
  postcode: '3552 tk',
  city: 'Utrecht',
  parentBsn1: '999.991.206',
  parentBsn2: '999991206',
  domain: 'EDUCATION',
  contactPhone: '030 300 4455',
  informed: 'yes',
  informedOn: '2026-03-02',
};

describe('a signal being filled in', () => {
  it('names every missing field in form order, and asks whether the family was told', () => {
    expect(signalDraftProblems(EMPTY_SIGNAL, TODAY)).toEqual([
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
    expect(signalDraftProblems(complete, TODAY)).toEqual([]);
  });

  it('checks the BSN for nine digits only: the eleven-test is the API’s', () => {
    expect(signalDraftProblems({ ...complete, bsn: '12345678' }, TODAY)).toEqual(['bsn']);
    expect(signalDraftProblems({ ...complete, bsn: '123456789' }, TODAY)).toEqual([]);
    expect(signalDraftProblems({ ...complete, parentBsn2: '1234' }, TODAY)).toEqual(['parentBsns']);
  });

  it('wants a day in the past when told, or a reason of ten characters when not', () => {
    expect(signalDraftProblems({ ...complete, informedOn: '2026-03-11' }, TODAY)).toEqual(['informedAt']);
    expect(signalDraftProblems({ ...complete, informed: 'no', notInformedReason: 'later' }, TODAY)).toEqual(['notInformedReason']);
    expect(signalDraftProblems({ ...complete, informed: 'no', notInformedReason: 'Gesprek met moeder staat gepland.' }, TODAY)).toEqual([]);
  });

  it('sends the BSNs without spaces or dots, each parent once, and either when told or why not', () => {
    const input = registerSignalInputOf(complete, TODAY);
    expect(input).toMatchObject({ bsn: '999991103', givenName: 'Lisanne', parentBsns: ['999991206'], domain: 'EDUCATION' });
    expect(input.informedAt).toBe('2026-03-02T12:00:00.000Z');
    expect(input).not.toHaveProperty('notInformedReason');
    const notYet = registerSignalInputOf({ ...complete, informed: 'no', notInformedReason: ' Eerst met moeder bespreken. ' }, TODAY);
    expect(notYet).toMatchObject({ notInformedReason: 'Eerst met moeder bespreken.' });
    expect(notYet).not.toHaveProperty('informedAt');
  });

  it('shows the API’s “neither told nor why not” at the question when nothing was chosen', () => {
    expect(placeApiProblems(['bsn', 'notInformedReason'], { ...complete, informed: '' })).toEqual(['bsn', 'informed']);
    expect(placeApiProblems(['notInformedReason'], { ...complete, informed: 'no' })).toEqual(['notInformedReason']);
  });
});
