import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { unauthenticated } from '../common/errors/api-error';
import { PUBLIC_KEY } from './access.decorators';
import { requestOf } from './request-context';
import { SESSION_COOKIE } from './session-cookie';
import { SessionService } from './session.service';

/**
 * First of the two global guards. Establishes who is asking from the session
 * cookie (once per request) and refuses anything not marked @Public() when
 * nobody is signed in.
 */
@Injectable()
export class AuthenticationGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = requestOf(context);
    if (request.viewer === undefined) {
      const token: unknown = request.cookies?.[SESSION_COOKIE];
      const viewer = typeof token === 'string' && token.length > 0 ? await this.sessions.resolve(token) : null;
      if (viewer) request.viewer = viewer;
    }
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, [context.getHandler(), context.getClass()]);
    if (isPublic) return true;
    if (!request.viewer) throw unauthenticated();
    return true;
  }
}
