import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { FamilyAccessService } from '../access/family-access.service';
import { unauthenticated } from '../common/errors/api-error';
import { FAMILY_ARGUMENT_KEY, PUBLIC_KEY } from './access.decorators';
import { requestOf } from './request-context';
import { SESSION_COOKIE } from './session-cookie';
import { SessionService } from './session.service';
import { Viewer } from './viewer';

/**
 * First of the two global guards. Establishes who is asking from the session
 * cookie (once per request) and refuses anything not marked @Public() when
 * nobody is signed in. For an operation marked @OpensFamily, the access
 * decision on that family comes with the session, in the same statement.
 */
@Injectable()
export class AuthenticationGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
    private readonly families: FamilyAccessService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = requestOf(context);
    if (request.viewer === undefined) {
      const token: unknown = request.cookies?.[SESSION_COOKIE];
      const viewer = typeof token === 'string' && token.length > 0 ? await this.viewerOf(token, context) : null;
      if (viewer) request.viewer = viewer;
    }
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, [context.getHandler(), context.getClass()]);
    if (isPublic) return true;
    if (!request.viewer) throw unauthenticated();
    return true;
  }

  private async viewerOf(token: string, context: ExecutionContext): Promise<Viewer | null> {
    const argument = this.reflector.get<string | undefined>(FAMILY_ARGUMENT_KEY, context.getHandler());
    const familyId = argument && context.getType<string>() === 'graphql' ? GqlExecutionContext.create(context).getArgs<Record<string, unknown>>()[argument] : undefined;
    const decision = typeof familyId === 'string' ? this.families.decisionWithSession(familyId) : undefined;
    if (!decision) return this.sessions.resolve(token);
    const found = await this.sessions.resolveWith(token, decision.companion);
    if (!found) return null;
    decision.settle(found.viewer, found.companion);
    return found.viewer;
  }
}
