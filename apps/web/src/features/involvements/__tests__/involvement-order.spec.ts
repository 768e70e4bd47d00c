import { involvement } from '../../family-plan/testing/plan-item-fixture';
import { handoverCandidates, orderInvolvements } from '../utils/involvement-order';

describe('the list of who is involved', () => {
  const regisseur = involvement({ id: 'regisseur', isRegisseur: true, startsOn: '2026-02-01' });
  const early = involvement({ id: 'early', startsOn: '2026-01-01' });
  const late = involvement({ id: 'late', startsOn: '2026-03-01' });
  const endedLong = involvement({ id: 'ended-long', startsOn: '2025-01-01', endedAt: '2025-06-01T10:00:00Z' });
  const endedRecently = involvement({ id: 'ended-recently', startsOn: '2025-01-01', endedAt: '2026-02-01T10:00:00Z' });

  it('shows the regisseur first, then the active ones as they started, then the ended ones, latest ended first', () => {
    expect(orderInvolvements([endedLong, late, regisseur, endedRecently, early]).map((i) => i.id)).toEqual([
      'regisseur',
      'early',
      'late',
      'ended-recently',
      'ended-long',
    ]);
  });

  it('offers as the next regisseur only the other active involvements', () => {
    expect(handoverCandidates([regisseur, early, endedLong, late], 'regisseur').map((i) => i.id)).toEqual(['early', 'late']);
  });
});
