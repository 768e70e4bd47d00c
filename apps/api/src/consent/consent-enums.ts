import { registerDomainEnum } from '../common/graphql/register-enum';

export const ConsentPurposeEnum = registerDomainEnum('ConsentPurpose', ['PLAN_EXCHANGE', 'INFORM_FAMILY', 'SHARE_AGREED_PLAN'] as const);
export const LegalBasisKindEnum = registerDomainEnum('LegalBasisKind', [
  'SUPERVISION_ORDER',
  'MELDCODE',
  'GOOD_CARE_PROVIDER',
] as const);
