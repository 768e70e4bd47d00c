import { Permission } from '@gezinsplan/access-policy';
import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';
import { Authorize, Public } from './access.decorators';
import { AuthService } from './auth.service';
import { CurrentViewer } from './current-viewer.decorator';
import { GraphQLContext } from './request-context';
import { clearSessionCookie, SESSION_COOKIE, sessionCookieOptions } from './session-cookie';
import { SessionService } from './session.service';
import { SignInInput } from './sign-in.input';
import { Viewer } from './viewer';
import { ViewerOutput } from './viewer.output';

@Resolver(() => ViewerOutput)
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Query(() => ViewerOutput, { nullable: true, description: 'The signed-in account, or null.' })
  @Public()
  async me(@Context() { req }: GraphQLContext): Promise<ViewerOutput | null> {
    return req.viewer ? this.auth.viewer(req.viewer.accountId) : null;
  }

  @Mutation(() => ViewerOutput, { description: 'Signs in with e-mail and password; sets the session cookie.' })
  @Public()
  async signIn(@Args('input') input: SignInInput, @Context() { req, res }: GraphQLContext): Promise<ViewerOutput> {
    const client = { address: req.ip ?? 'unknown', userAgent: req.get('user-agent') };
    const { token, viewer } = await this.auth.signInWithPassword(input.email, input.password, client, input.invitationToken ?? null);
    res.cookie(SESSION_COOKIE, token, sessionCookieOptions(this.config.session.cookieSecure, this.sessions.absoluteLifetimeMs));
    return viewer;
  }

  @Mutation(() => Boolean, { description: 'Ends the current session.' })
  @Authorize(Permission.SignOut)
  async signOut(@CurrentViewer() viewer: Viewer, @Context() { res }: GraphQLContext): Promise<boolean> {
    await this.auth.signOut(viewer.sessionId);
    clearSessionCookie(res, this.config.session.cookieSecure);
    return true;
  }
}
