import { Permission } from '@gezinsplan/access-policy';
import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { Authorize, Public } from '../auth/access.decorators';
import { AuthService } from '../auth/auth.service';
import { Caller, CurrentCaller } from '../auth/caller';
import { GraphQLContext } from '../auth/request-context';
import { SESSION_COOKIE, sessionCookieOptions } from '../auth/session-cookie';
import { SessionService } from '../auth/session.service';
import { ViewerOutput } from '../auth/viewer.output';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';
import { AccountAdminService } from './account-admin.service';
import { RequestPasswordResetInput, ResetPasswordInput, SendPasswordResetLinkInput } from './account.input';
import { ManagedAccountOutput } from './account.output';
import { PasswordResetService } from './password-reset.service';

@Resolver()
export class PasswordResetResolver {
  constructor(
    private readonly passwordReset: PasswordResetService,
    private readonly admin: AccountAdminService,
    private readonly auth: AuthService,
    private readonly sessions: SessionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Mutation(() => Boolean, {
    description: 'Wachtwoord vergeten: e-mails a single-use link when the address belongs to an account. Always answers true, known address or not.',
  })
  @Public()
  async requestPasswordReset(@Args('input') input: RequestPasswordResetInput): Promise<boolean> {
    await this.passwordReset.request(input.email);
    return true;
  }

  @Mutation(() => ViewerOutput, {
    description: 'Chooses a new password through a reset link, once; every other session of the account ends, and this browser is signed in.',
  })
  @Public()
  async resetPassword(@Args('input') input: ResetPasswordInput, @Context() { req, res }: GraphQLContext): Promise<ViewerOutput> {
    const accountId = await this.passwordReset.reset(input.token, input.password);
    const token = await this.sessions.start(accountId, { address: req.ip ?? 'unknown', userAgent: req.get('user-agent') });
    res.cookie(SESSION_COOKIE, token, sessionCookieOptions(this.config.session.cookieSecure, this.sessions.absoluteLifetimeMs));
    return this.auth.viewer(accountId);
  }

  @Mutation(() => ManagedAccountOutput, {
    description: 'An administrator e-mails a password reset link to an account they manage; earlier reset links stop working.',
  })
  @Authorize(Permission.ManageOrganisationAccounts)
  sendPasswordResetLink(@CurrentCaller() caller: Caller, @Args('input') input: SendPasswordResetLinkInput): Promise<ManagedAccountOutput> {
    return this.admin.sendPasswordResetLink(caller, input);
  }
}
