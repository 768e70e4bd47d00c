import { Permission } from '@gezinsplan/access-policy';
import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Inject } from '@nestjs/common';
import { Authorize, Public } from '../auth/access.decorators';
import { AuthService } from '../auth/auth.service';
import { Caller, CurrentCaller } from '../auth/caller';
import { GraphQLContext } from '../auth/request-context';
import { SESSION_COOKIE, sessionCookieOptions } from '../auth/session-cookie';
import { SessionService } from '../auth/session.service';
import { ViewerOutput } from '../auth/viewer.output';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';
import { OrganisationOutput } from '../organisation/organisation.output';
import { AccountActivationService } from './account-activation.service';
import { AccountAdminService } from './account-admin.service';
import {
  ActivateAccountInput,
  CreateAccountInput,
  CreateOrganisationInput,
  InviteToPortalInput,
  PortalInviteeInput,
  ResendActivationLinkInput,
  SetAccountDisabledInput,
} from './account.input';
import { ManagedAccountOutput } from './account.output';
import { PortalInvitationService } from './portal-invitation.service';

@Resolver()
export class AccountResolver {
  constructor(
    private readonly admin: AccountAdminService,
    private readonly invitations: PortalInvitationService,
    private readonly activation: AccountActivationService,
    private readonly auth: AuthService,
    private readonly sessions: SessionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Mutation(() => OrganisationOutput)
  @Authorize(Permission.ManageOrganisations)
  createOrganisation(@Args('input') input: CreateOrganisationInput): Promise<OrganisationOutput> {
    return this.admin.createOrganisation(input);
  }

  @Query(() => [OrganisationOutput], { description: 'Every organisation for the platform administrator; an organisation administrator’s own.' })
  @Authorize(Permission.ManageOrganisationAccounts)
  organisations(@CurrentCaller() caller: Caller): Promise<OrganisationOutput[]> {
    return this.admin.organisations(caller);
  }

  @Mutation(() => ManagedAccountOutput, { description: 'Creates an account and e-mails its owner an activation link.' })
  @Authorize(Permission.ManageOrganisationAccounts)
  createAccount(@CurrentCaller() caller: Caller, @Args('input') input: CreateAccountInput): Promise<ManagedAccountOutput> {
    return this.admin.createAccount(caller, input);
  }

  @Query(() => [ManagedAccountOutput])
  @Authorize(Permission.ManageOrganisationAccounts)
  organisationAccounts(
    @CurrentCaller() caller: Caller,
    @Args('organisationId', { type: () => ID, nullable: true }) organisationId: string | undefined,
  ): Promise<ManagedAccountOutput[]> {
    return this.admin.list(caller, organisationId);
  }

  @Mutation(() => ManagedAccountOutput, { description: 'Disabling ends the account’s sessions at once.' })
  @Authorize(Permission.ManageOrganisationAccounts)
  setAccountDisabled(@CurrentCaller() caller: Caller, @Args('input') input: SetAccountDisabledInput): Promise<ManagedAccountOutput> {
    return this.admin.setDisabled(caller, input);
  }

  @Mutation(() => ManagedAccountOutput, {
    description: 'E-mails a fresh activation link to an account that has not chosen a password yet; earlier links stop working.',
  })
  @Authorize(Permission.ManageOrganisationAccounts)
  resendActivationLink(@CurrentCaller() caller: Caller, @Args('input') input: ResendActivationLinkInput): Promise<ManagedAccountOutput> {
    return this.admin.resendActivationLink(caller, input);
  }

  @Mutation(() => Boolean, { description: 'The regisseur gives a family or network member a portal account.' })
  @Authorize(Permission.WorkWithFamilies)
  inviteToPortal(@CurrentCaller() caller: Caller, @Args('input') input: InviteToPortalInput): Promise<boolean> {
    return this.invitations.invite(caller, input);
  }

  @Mutation(() => Boolean, {
    description: 'The regisseur e-mails a fresh link to someone invited to the portal who has not chosen a password yet; earlier links stop working.',
  })
  @Authorize(Permission.WorkWithFamilies)
  resendPortalInvitation(@CurrentCaller() caller: Caller, @Args('input') input: PortalInviteeInput): Promise<boolean> {
    return this.invitations.resend(caller, input);
  }

  @Mutation(() => ViewerOutput, { description: 'Chooses the password through a one-time link, and signs in.' })
  @Public()
  async activateAccount(@Args('input') input: ActivateAccountInput, @Context() { req, res }: GraphQLContext): Promise<ViewerOutput> {
    const accountId = await this.activation.activate(input.token, input.password);
    const token = await this.sessions.start(accountId, { address: req.ip ?? 'unknown', userAgent: req.get('user-agent') });
    res.cookie(SESSION_COOKIE, token, sessionCookieOptions(this.config.session.cookieSecure, this.sessions.absoluteLifetimeMs));
    return this.auth.viewer(accountId);
  }
}
