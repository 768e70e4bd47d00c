import { AccountEntity } from '../auth/account.entity';
import { SessionEntity } from '../auth/session.entity';
import { SignInAttemptEntity } from '../auth/sign-in-attempt.entity';
import { OrganisationEntity } from '../organisation/organisation.entity';

/** Every entity, as classes: the API is bundled, so globs would find nothing. */
export const ENTITIES = [OrganisationEntity, AccountEntity, SessionEntity, SignInAttemptEntity];
