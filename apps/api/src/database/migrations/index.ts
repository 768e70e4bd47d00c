import { Foundation1763900000000 } from './1763900000000-foundation';
import { FamilyPlan1763900100000 } from './1763900100000-family-plan';
import { NeedToKnow1763900200000 } from './1763900200000-need-to-know';
import { Signals1763900300000 } from './1763900300000-signals';
import { AccountActivation1763900400000 } from './1763900400000-account-activation';
import { AccessPathIndexes1763900500000 } from './1763900500000-access-path-indexes';
import { FamilyMemberRevisions1763900600000 } from './1763900600000-family-member-revisions';
import { AgreedPlanSharing1763900800000 } from './1763900800000-agreed-plan-sharing';
import { RefusedAccess1763900900000 } from './1763900900000-refused-access';
import { PasswordReset1763901000000 } from './1763901000000-password-reset';
import { Notifications1763901010000 } from './1763901010000-notifications';
import { NetworkMemberRevisions1763901300000 } from './1763901300000-network-member-revisions';
import { SignInAttemptPruning1764000000000 } from './1764000000000-sign-in-attempt-pruning';
import { SignalPersonDetails1764100000000 } from './1764100000000-signal-person-details';
import { OnePlanPerPerson1764100100000 } from './1764100100000-one-plan-per-person';
import { Guardians1764200000000 } from './1764200000000-guardians';
import { InvolvementNotifications1764600000000 } from './1764600000000-involvement-notifications';
import { NotificationEvents1764800000000 } from './1764800000000-notification-events';
import { PlanClosure1764300000000 } from './1764300000000-plan-closure';
import { RegisseurHandoverProposal1765600000000 } from './1765600000000-regisseur-handover-proposal';
import { PortalLinkInvitation1766100000000 } from './1766100000000-portal-link-invitation';
import { OnePlanOnReopening1765200000000 } from './1765200000000-one-plan-on-reopening';
import { InstitutionalAuthority1766000000000 } from './1766000000000-institutional-authority';
import { PersonLookupIndex1766400000000 } from './1766400000000-person-lookup-index';
import { SignInSources1767400000000 } from './1767400000000-sign-in-sources';

/** In order. Classes, not globs: the API is bundled by webpack. */
export const MIGRATIONS = [
  Foundation1763900000000,
  FamilyPlan1763900100000,
  NeedToKnow1763900200000,
  Signals1763900300000,
  AccountActivation1763900400000,
  AccessPathIndexes1763900500000,
  FamilyMemberRevisions1763900600000,
  AgreedPlanSharing1763900800000,
  RefusedAccess1763900900000,
  PasswordReset1763901000000,
  Notifications1763901010000,
  NetworkMemberRevisions1763901300000,
  SignInAttemptPruning1764000000000,
  SignalPersonDetails1764100000000,
  OnePlanPerPerson1764100100000,
  Guardians1764200000000,
  PlanClosure1764300000000,
  InvolvementNotifications1764600000000,
  NotificationEvents1764800000000,
  OnePlanOnReopening1765200000000,
  RegisseurHandoverProposal1765600000000,
  InstitutionalAuthority1766000000000,
  PortalLinkInvitation1766100000000,
  PersonLookupIndex1766400000000,
  SignInSources1767400000000,
];
