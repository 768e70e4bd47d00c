import { ruleOrderOf, siblingsWithSignals, signallingProfessionals, startedPlanId } from '../utils/match-view';
import { DEFAULT_RULE, evaOnLars, evaOnLisanne, lars, mariekeOnLisanne, mariekesMatch, tomOnLars } from '../testing/signal-fixture';

describe('a match as the page shows it', () => {
  it('gives each sibling their own signals', () => {
    expect(siblingsWithSignals(mariekesMatch)).toEqual([{ sibling: lars, signals: [evaOnLars, tomOnLars] }]);
  });

  it('lists each professional on the chosen young people once, by their earliest signal', () => {
    expect(signallingProfessionals(mariekesMatch, [mariekesMatch.subject.id, lars.id])).toEqual([evaOnLisanne, tomOnLars, mariekeOnLisanne]);
    expect(signallingProfessionals(mariekesMatch, [mariekesMatch.subject.id])).toEqual([evaOnLisanne, mariekeOnLisanne]);
  });

  it('knows the plan started from my signal', () => {
    expect(startedPlanId(mariekesMatch)).toBeNull();
    const started = { ...mariekesMatch, signals: [evaOnLisanne, { ...mariekeOnLisanne, familyId: 'family-9' }] };
    expect(startedPlanId(started)).toBe('family-9');
  });

  it('reads the rule’s order of organisation types from the API’s explanation, or nothing it does not recognise', () => {
    expect(ruleOrderOf(DEFAULT_RULE)).toEqual(['YOUTH_PROTECTION', 'VEILIG_THUIS', 'NEIGHBOURHOOD_TEAM']);
    expect(ruleOrderOf('Rule: organisation types in the order VEILIG_THUIS, then anyone else.')).toEqual(['VEILIG_THUIS']);
    expect(ruleOrderOf('Rule: organisation types in the order JUDGE, then anyone else.')).toBeNull();
    expect(ruleOrderOf('Something else entirely')).toBeNull();
  });
});
