import { useCallback } from 'react';
import { generatePath, useNavigate } from 'react-router-dom';
import { PATHS } from '../../../shared/paths';
import { FamilyChange } from '../utils/family-change';

/** Opens the family's plan, which then says what was just changed. */
export function useBackToPlan(): (familyId: string, change: FamilyChange) => void {
  const navigate = useNavigate();
  return useCallback(
    (familyId, change) => navigate(generatePath(PATHS.familyPlan, { familyId }), { state: { familyChange: change } }),
    [navigate],
  );
}
