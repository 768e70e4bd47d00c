import { legalBasisStatus } from '../utils/legal-basis-status';
import { checkLegalBasisDraft, emptyLegalBasis, LegalBasisDraft, recordLegalBasisInputOf } from '../utils/legal-basis-draft';

const now = new Date('2026-03-10T12:00:00');
const today = '2026-03-10';
const step = 'Zo is het kind beschermd.';
const complete: LegalBasisDraft = {
  ...emptyLegalBasis(['noor']),
  kind: 'SUPERVISION_ORDER',
  reference: ' C/16/123456 ',
  categories: ['SAFETY'],
  purpose: step,
  necessaryInformation: step,
  proportionality: step,
  subsidiarity: step,
  professionalSecrecy: step,
  informing: 'before',
  familyInformedAt: '2026-03-09T15:30',
};

describe('documenting sharing without consent', () => {
  it('asks for every step, and starts with the members the task concerns', () => {
    expect(emptyLegalBasis(['noor']).subjectMemberIds).toEqual(['noor']);
    // Every written step and the way the family is told; neither the reference nor an end date.
    expect(checkLegalBasisDraft(emptyLegalBasis([]), now, today)).toEqual({
      kind: 'empty',
      purpose: 'empty',
      subjectMemberIds: 'empty',
      categories: 'empty',
      necessaryInformation: 'empty',
      proportionality: 'empty',
      subsidiarity: 'empty',
      professionalSecrecy: 'empty',
      informing: 'empty',
    });
    expect(checkLegalBasisDraft(complete, now, today)).toEqual({});
  });

  it('names the problems in the order of the form, so the first one gets the focus', () => {
    const problems = checkLegalBasisDraft({ ...complete, subjectMemberIds: [], purpose: '', kind: '' }, now, today);
    expect(Object.keys(problems)).toEqual(['kind', 'purpose', 'subjectMemberIds']);
  });

  it('asks at least 10 characters of each written step, as the API does', () => {
    expect(checkLegalBasisDraft({ ...complete, subsidiarity: ' Kan niet ' }, now, today)).toEqual({ subsidiarity: 'tooShort' });
  });

  it('needs the moment the family was told, in the past, or the reason it is told afterwards', () => {
    expect(checkLegalBasisDraft({ ...complete, familyInformedAt: '' }, now, today)).toEqual({ familyInformedAt: 'empty' });
    expect(checkLegalBasisDraft({ ...complete, familyInformedAt: '2026-03-10T12:30' }, now, today)).toEqual({ familyInformedAt: 'future' });
    expect(checkLegalBasisDraft({ ...complete, informing: 'after' }, now, today)).toEqual({ informingDelayReason: 'empty' });
  });

  it('refuses an end date before today', () => {
    expect(checkLegalBasisDraft({ ...complete, validUntil: '2026-03-09' }, now, today)).toEqual({ validUntil: 'beforeToday' });
  });

  it('sends the moment told as an instant, or the reason, never both', () => {
    const told = recordLegalBasisInputOf('gezin', 'inv-kees', { ...complete, informingDelayReason: 'left over from before' });
    expect(told).toMatchObject({ familyId: 'gezin', recipientInvolvementId: 'inv-kees', reference: 'C/16/123456' });
    expect(told.familyInformedAt).toBe(new Date('2026-03-09T15:30').toISOString());
    expect(told).not.toHaveProperty('informingDelayReason');

    const later = recordLegalBasisInputOf('gezin', 'inv-kees', {
      ...complete,
      reference: '',
      informing: 'after',
      informingDelayReason: ' Het kind komt anders in gevaar. ',
    });
    expect(later.informingDelayReason).toBe('Het kind komt anders in gevaar.');
    expect(later).not.toHaveProperty('familyInformedAt');
    expect(later).not.toHaveProperty('reference');
  });
});

describe('where a legal basis stands', () => {
  const base = { revokedAt: null, validUntil: null, familyInformedAt: '2026-03-01T10:00:00Z' };

  it('counts until it is revoked or past its date, and says when the family was not told yet', () => {
    expect(legalBasisStatus(base, today)).toBe('active');
    expect(legalBasisStatus({ ...base, familyInformedAt: null }, today)).toBe('notInformed');
    expect(legalBasisStatus({ ...base, validUntil: '2026-03-09' }, today)).toBe('expired');
    expect(legalBasisStatus({ ...base, validUntil: '2026-03-09', revokedAt: '2026-03-05T10:00:00Z' }, today)).toBe('revoked');
  });

  it('stops counting when the involvement it was recorded for has ended', () => {
    expect(legalBasisStatus({ ...base, familyInformedAt: null }, today, true)).toBe('ended');
    expect(legalBasisStatus({ ...base, revokedAt: '2026-03-05T10:00:00Z' }, today, true)).toBe('revoked');
  });
});
