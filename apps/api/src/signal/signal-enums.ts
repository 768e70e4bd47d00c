import { SIGNAL_DOMAINS } from '@gezinsplan/domain';
import { registerDomainEnum } from '../common/graphql/register-enum';

export const SignalDomainEnum = registerDomainEnum('SignalDomain', SIGNAL_DOMAINS);
