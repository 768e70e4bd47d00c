import { print } from 'graphql';
import { PlanItemFieldsFragmentDoc, PortalPlanItemFragmentDoc } from '../../../graphql/generated/graphql';

describe('the plan item the portal asks for', () => {
  // The API refuses these to family accounts with an error, which would fail the whole page.
  it('leaves out what only professionals may read', () => {
    expect(print(PortalPlanItemFragmentDoc)).not.toContain('withheldFromFamilyReason');
    expect(print(PlanItemFieldsFragmentDoc)).toContain('withheldFromFamilyReason');
  });
});
