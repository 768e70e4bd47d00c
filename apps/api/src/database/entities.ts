import { AccessLogEntity } from '../access/access-log.entity';
import { ConsentGivenEntity } from '../consent/consent-given.entity';
import { ConsentEntity } from '../consent/consent.entity';
import { LegalBasisEntity } from '../consent/legal-basis.entity';
import { AccountEntity } from '../auth/account.entity';
import { SessionEntity } from '../auth/session.entity';
import { SignInAttemptEntity } from '../auth/sign-in-attempt.entity';
import { FamilyMemberEntity } from '../family/family-member.entity';
import { FamilyEntity } from '../family/family.entity';
import { NetworkMemberEntity } from '../family/network-member.entity';
import { InvolvementEntity } from '../involvement/involvement.entity';
import { RegisseurAssignmentEntity } from '../involvement/regisseur-assignment.entity';
import { OrganisationEntity } from '../organisation/organisation.entity';
import { PlanItemEntity } from '../plan/plan-item.entity';
import { PlanVersionEntity } from '../plan/plan-version.entity';

/** Every entity, as classes: the API is bundled, so globs would find nothing. */
export const ENTITIES = [
  OrganisationEntity,
  AccountEntity,
  SessionEntity,
  SignInAttemptEntity,
  FamilyEntity,
  FamilyMemberEntity,
  NetworkMemberEntity,
  InvolvementEntity,
  RegisseurAssignmentEntity,
  PlanItemEntity,
  PlanVersionEntity,
  ConsentEntity,
  ConsentGivenEntity,
  LegalBasisEntity,
  AccessLogEntity,
];
