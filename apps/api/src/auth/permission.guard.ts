import { hasPermission, Permission } from '@gezinsplan/access-policy';
import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { forbidden } from '../common/errors/api-error';
import { PERMISSIONS_KEY, PUBLIC_KEY } from './access.decorators';
import { requestOf } from './request-context';

/**
 * Second global guard. A handler without @Public() or @Authorize() is refused:
 * forgetting to declare access closes a route rather than opening it.
 */
@Injectable()
export class PermissionGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const required = this.reflector.getAllAndOverride<Permission[] | undefined>(PERMISSIONS_KEY, targets);
    if (required === undefined) {
      throw forbidden('This operation declares no access rule, so it is refused.');
    }
    const viewer = requestOf(context).viewer;
    if (!viewer || !required.every((permission) => hasPermission(viewer.kind, permission))) {
      throw forbidden('Your account may not do this.');
    }
    return true;
  }
}
