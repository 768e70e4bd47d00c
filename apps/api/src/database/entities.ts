import { AccessLogEntity } from '../access/access-log.entity';
import { AccountEntity } from '../auth/account.entity';
import { SessionEntity } from '../auth/session.entity';
import { SignInAttemptEntity } from '../auth/sign-in-attempt.entity';
import { OrganisationEntity } from '../organisation/organisation.entity';

/**
 * The entities still written through TypeORM repositories, as classes (the API
 * is bundled, so globs would find nothing). Tables are described by the
 * migrations and typed by `table-rows.generated.ts`; these go as their
 * services move to typed SQL (docs/decisions.md, "One kind of row").
 */
export const ENTITIES = [OrganisationEntity, AccountEntity, SessionEntity, SignInAttemptEntity, AccessLogEntity];
