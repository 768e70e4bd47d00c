import { Permission } from '@gezinsplan/access-policy';
import { applyDecorators, SetMetadata } from '@nestjs/common';

export const PUBLIC_KEY = 'gezinsplan:public';
export const PERMISSIONS_KEY = 'gezinsplan:permissions';

/** Open to anyone, signed in or not. Use only where nobody's data is involved. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/**
 * Requires a signed-in account holding every named permission. Every resolver,
 * field resolver and controller method must carry either this or @Public():
 * one without either is refused (deny by default). The guards that read this
 * run globally in a fixed order: authentication first, then permissions.
 */
export const Authorize = (...permissions: Permission[]) =>
  applyDecorators(SetMetadata(PERMISSIONS_KEY, permissions));
