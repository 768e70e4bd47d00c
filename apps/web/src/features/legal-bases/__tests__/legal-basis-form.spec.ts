import { legalBasisStatus } from '../utils/legal-basis-status';
import { emptyLegalBasis, LegalBasisFormValues, legalBasisSchema, recordLegalBasisInputOf } from '../utils/legal-basis-form';

const now = new Date('2026-03-10T12:00:00');
const today = '2026-03-10';
const step = 'Zo is het kind beschermd.';
const complete: LegalBasisFormValues = {
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

/** Each marked field with its reason, in the order the schema finds them. */
function checkLegalBasisDraft(values: LegalBasisFormValues, at: Date, day: string): Record<string, string> {
  const result = legalBasisSchema(day, () => at).safeParse(values);
  if (result.success) return {};
  const problems: Record<string, string> = {};
  for (const issue of result.error.issues) problems[issue.path.join('.')] ??= issue.message;
  return problems;
}

const checked = (values: LegalBasisFormValues) => legalBasisSchema(today, () => now).parse(values);

describe('documenting sharing without consent', () => {
  it('asks for every step, and starts with the members the task concerns', () => {
    expect(emptyLegalBasis(['noor']).subjectMemberIds).toEqual(['noor']);
    // Every written step and the way the family is told; neither the reference nor an end date.
    expect(checkLegalBasisDraft(emptyLegalBasis([]), now, today)).toEqual({
      kind: 'choose',
      purpose: 'empty',
      subjectMemberIds: 'choose',
      categories: 'choose',
      necessaryInformation: 'empty',
      proportionality: 'empty',
      subsidiarity: 'empty',
      professionalSecrecy: 'empty',
      informing: 'choose',
    });
    expect(checkLegalBasisDraft(complete, now, today)).toEqual({});
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
    const told = recordLegalBasisInputOf('gezin', 'inv-kees', checked({ ...complete, informingDelayReason: 'left over from before' }));
    expect(told).toMatchObject({ familyId: 'gezin', recipientInvolvementId: 'inv-kees', reference: 'C/16/123456' });
    expect(told.familyInformedAt).toBe(new Date('2026-03-09T15:30').toISOString());
    expect(told).not.toHaveProperty('informingDelayReason');

    const later = recordLegalBasisInputOf(
      'gezin',
      'inv-kees',
      checked({ ...complete, reference: '', informing: 'after', informingDelayReason: ' Het kind komt anders in gevaar. ' }),
    );
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
