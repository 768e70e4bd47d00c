import { InformationCategory } from '@gezinsplan/domain';
import { Relation } from './facts';
import { seesNetworkContactDetails } from './network-contact';

const professional = (categories: InformationCategory[], isRegisseur = false): Relation => ({
  type: 'PROFESSIONAL',
  involvement: { id: 'i', categories, memberIds: [], isRegisseur },
});

describe('seesNetworkContactDetails', () => {
  it('shows the network’s numbers to the regisseur and to a task that includes safety', () => {
    expect(seesNetworkContactDetails(professional(['GENERAL'], true))).toBe(true);
    expect(seesNetworkContactDetails(professional(['SAFETY', 'GENERAL']))).toBe(true);
  });

  it('keeps them from a professional whose task is not about safety', () => {
    expect(seesNetworkContactDetails(professional(['SCHOOL', 'GENERAL']))).toBe(false);
    expect(seesNetworkContactDetails(professional([]))).toBe(false);
  });

  it('shows them to the family and the network, and to nobody without a relation', () => {
    expect(seesNetworkContactDetails({ type: 'FAMILY_MEMBER', memberId: 'm' })).toBe(true);
    expect(seesNetworkContactDetails({ type: 'NETWORK_MEMBER', networkMemberId: 'n' })).toBe(true);
    expect(seesNetworkContactDetails({ type: 'NONE' })).toBe(false);
  });
});
