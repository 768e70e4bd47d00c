import { consentActions, consentState, missingConsenters, PortalConsent } from '../utils/consent-state';

const today = '2025-11-20';

function consent(overrides: Partial<PortalConsent> = {}): PortalConsent {
  return {
    __typename: 'Consent',
    id: 'consent-lars',
    subjectMemberId: 'lars',
    purpose: 'PLAN_EXCHANGE',
    recipientInvolvementIds: ['involvement-peter'],
    categories: ['SCHOOL', 'GENERAL'],
    effective: true,
    givenBy: [
      { __typename: 'ConsentGiven', memberId: 'esther', name: 'Esther de Graaf', givenAt: '2025-10-06T10:00:00Z' },
      { __typename: 'ConsentGiven', memberId: 'lars', name: 'Lars Meijer', givenAt: '2025-10-06T10:00:00Z' },
    ],
    requiredConsenterIds: ['esther', 'ronald', 'lars'],
    validFrom: '2025-10-06',
    validUntil: '2026-10-06',
    recordedAt: '2025-10-06T10:00:00Z',
    withdrawnAt: null,
    withdrawalNote: null,
    ...overrides,
  };
}

describe('how a consent stands for the family', () => {
  it('counts when it is current and everyone who must has given it', () => {
    expect(consentState(consent(), today)).toBe('effective');
    expect(consentState(consent({ effective: false }), today)).toBe('waiting');
    expect(consentState(consent({ validFrom: '2025-12-01', effective: false }), today)).toBe('notYet');
    expect(consentState(consent({ validUntil: '2025-11-19', effective: false }), today)).toBe('expired');
    expect(consentState(consent({ withdrawnAt: '2025-11-01T10:00:00Z', effective: false }), today)).toBe('withdrawn');
  });

  it('names who must still consent', () => {
    expect(missingConsenters(consent())).toEqual(['ronald']);
  });

  it('lets the person it is about, and each who must consent, withdraw; and give what is still theirs to give', () => {
    expect(consentActions(consent(), 'lars', today)).toEqual({ give: false, withdraw: true });
    expect(consentActions(consent(), 'ronald', today)).toEqual({ give: true, withdraw: true });
    expect(consentActions(consent(), 'lisanne', today)).toEqual({ give: false, withdraw: false });
  });

  it('offers nothing to do with a consent that was withdrawn or has ended', () => {
    expect(consentActions(consent({ withdrawnAt: '2025-11-01T10:00:00Z' }), 'ronald', today)).toEqual({
      give: false,
      withdraw: false,
    });
    expect(consentActions(consent({ validUntil: '2025-11-01' }), 'esther', today)).toEqual({ give: false, withdraw: false });
  });
});
