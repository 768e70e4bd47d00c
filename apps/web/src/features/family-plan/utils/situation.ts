import { LIFE_DOMAINS, LifeDomain } from '@gezinsplan/domain';
import { PlanItemFieldsFragment } from '../../../graphql/generated/graphql';

type PlanItem = PlanItemFieldsFragment;

export interface LifeDomainSituation {
  lifeDomain: LifeDomain;
  strengths: PlanItem[];
  concerns: PlanItem[];
}

/**
 * Strengths and concerns per life domain, in the fixed order of the domains,
 * leaving out domains nothing was written about. Redacted entries carry no
 * domain; they are returned apart.
 */
export function situationByLifeDomain(items: readonly PlanItem[]): { domains: LifeDomainSituation[]; redacted: PlanItem[] } {
  const domains = LIFE_DOMAINS.map((lifeDomain) => ({
    lifeDomain,
    strengths: items.filter((item) => item.lifeDomain === lifeDomain && item.aspect === 'STRENGTH'),
    concerns: items.filter((item) => item.lifeDomain === lifeDomain && item.aspect !== 'STRENGTH'),
  })).filter((domain) => domain.strengths.length + domain.concerns.length > 0);
  return { domains, redacted: items.filter((item) => item.access === 'REDACTED') };
}
