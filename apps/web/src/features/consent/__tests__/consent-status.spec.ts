import { consentStatus, missingConsenters, orderConsents } from '../utils/consent-status';
import { CheckedConsent, consentSchema, ConsentFormValues, EMPTY_CONSENT, recordConsentInputOf } from '../utils/consent-form';

/** The fields the form marks, in its order. */
function missingConsentFields(values: ConsentFormValues): string[] {
  const result = consentSchema.safeParse(values);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

const checked = (values: ConsentFormValues): CheckedConsent => consentSchema.parse(values);

const given = (memberId: string) => ({ memberId, name: memberId, givenAt: '2026-01-10T10:00:00Z' });
const base = {
  effective: false,
  withdrawnAt: null,
  requiredConsenterIds: ['esther', 'ronald'],
  givenBy: [given('esther')],
  validFrom: '2026-01-10',
  validUntil: null,
  recordedAt: '2026-01-10T10:00:00Z',
};

describe('where a consent stands', () => {
  const today = '2026-03-10';

  it('counts only when everyone who must consent today has done so', () => {
    expect(missingConsenters(base)).toEqual(['ronald']);
    expect(consentStatus(base, today)).toBe('incomplete');
    expect(consentStatus({ ...base, effective: true, givenBy: [given('esther'), given('ronald')] }, today)).toBe('effective');
  });

  it('is withdrawn once withdrawn, whatever else', () => {
    expect(consentStatus({ ...base, effective: true, withdrawnAt: '2026-03-01T10:00:00Z' }, today)).toBe('withdrawn');
  });

  it('is outside its period when complete but expired or not yet started', () => {
    const complete = { ...base, givenBy: [given('esther'), given('ronald')] };
    expect(consentStatus({ ...complete, validUntil: '2026-03-09' }, today)).toBe('notCurrent');
    expect(consentStatus({ ...complete, validFrom: '2026-03-11' }, today)).toBe('notCurrent');
  });

  it('lists the consents that count first, withdrawn ones last, newest first within each', () => {
    const withdrawn = { ...base, withdrawnAt: '2026-02-01T10:00:00Z', recordedAt: '2026-03-01T10:00:00Z' };
    const effective = { ...base, effective: true, recordedAt: '2026-01-01T10:00:00Z' };
    const newer = { ...base, recordedAt: '2026-02-15T10:00:00Z' };
    expect(orderConsents([withdrawn, base, effective, newer], today)).toEqual([effective, newer, base, withdrawn]);
  });
});

describe('recording a consent', () => {
  it('needs whose information and who gave it, and for sharing also with whom and what', () => {
    expect(missingConsentFields(EMPTY_CONSENT).sort()).toEqual(
      ['subjectMemberId', 'recipientInvolvementIds', 'categories', 'givenByMemberIds'].sort(),
    );
    expect(missingConsentFields({ ...EMPTY_CONSENT, purpose: 'INFORM_FAMILY', subjectMemberId: 'thijs' })).toEqual([
      'givenByMemberIds',
    ]);
  });

  it('sends no recipients or categories for informing the family, and no empty end date', () => {
    const input = recordConsentInputOf(
      'family',
      checked({
        ...EMPTY_CONSENT,
        purpose: 'INFORM_FAMILY',
        subjectMemberId: 'thijs',
        givenByMemberIds: ['thijs'],
        recipientInvolvementIds: ['left-over'],
        categories: ['SCHOOL'],
      }),
    );
    expect(input).toEqual({
      familyId: 'family',
      subjectMemberId: 'thijs',
      purpose: 'INFORM_FAMILY',
      givenByMemberIds: ['thijs'],
      recipientInvolvementIds: [],
      categories: [],
    });
  });

  it('shares the agreed plan with everyone involved: it names which agreements, never recipients', () => {
    const draft = { ...EMPTY_CONSENT, purpose: 'SHARE_AGREED_PLAN' as const, subjectMemberId: 'esther', givenByMemberIds: ['esther'] };
    expect(missingConsentFields(draft)).toEqual(['categories']);
    expect(recordConsentInputOf('family', checked({ ...draft, recipientInvolvementIds: ['left-over'], categories: ['FINANCES'] }))).toEqual({
      familyId: 'family',
      subjectMemberId: 'esther',
      purpose: 'SHARE_AGREED_PLAN',
      givenByMemberIds: ['esther'],
      recipientInvolvementIds: [],
      categories: ['FINANCES'],
    });
  });
});
