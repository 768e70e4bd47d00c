import { ErrorCode } from '@gezinsplan/domain';
import { ApiError, badUserInput, conflict, notFound } from '../common/errors/api-error';

export const accountNotFound = () => notFound('The account');

export const invalidActivation = () =>
  badUserInput([{ field: 'token', message: 'this activation link is unknown, used or expired; ask for a new one' }]);

export const activationOfDisabledAccount = () =>
  new ApiError(
    ErrorCode.AccountDisabled,
    'This account is disabled, so no password can be chosen for it. The link stays valid until it expires; ask whoever manages the account to enable it.',
  );

export const emailAddressTaken = () =>
  new ApiError(ErrorCode.EmailAddressTaken, 'Another account already uses this e-mail address; use a different one.');

export const portalAccountExists = () =>
  new ApiError(ErrorCode.PortalAccountExists, 'This person already has a portal account; there is nobody left to invite.');

export const noPortalAccount = () => conflict('This person has no portal account yet: invite them instead.');

export const activatedAlready = () =>
  conflict('This account is activated already: its owner signs in with their own password.');

export const disabledAccountNeedsEnabling = () =>
  conflict('This account is disabled: enable it before sending a new activation link.');

export const eitherMemberOrNetworkMember = () =>
  badUserInput([{ field: 'memberId', message: 'name either a family member or a network member' }]);

export const invalidPasswordReset = () =>
  badUserInput([{ field: 'token', message: 'this reset link is unknown, used or expired; ask for a new one' }]);

export const resetNeedsActivatedAccount = () =>
  conflict('This account has no password yet: send a new activation link instead.');

export const resetOfDisabledAccount = () => conflict('This account is disabled: enable it before sending a password reset link.');

export const portalInvitationNotLinkable = () =>
  new ApiError(
    ErrorCode.PortalInvitationNotLinkable,
    'This invitation cannot be linked to your account: it is another kind of account, it is linked to someone else in this family, ' +
      'or the person invited has an account already. You were not signed in and the invitation stays open. ' +
      'Sign in without the invitation link, or ask the regisseur to invite the person at another e-mail address.',
  );
