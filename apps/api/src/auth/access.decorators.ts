import { Permission } from '@gezinsplan/access-policy';
import { applyDecorators, SetMetadata } from '@nestjs/common';

export const PUBLIC_KEY = 'gezinsplan:public';
export const PERMISSIONS_KEY = 'gezinsplan:permissions';
export const FAMILY_ARGUMENT_KEY = 'gezinsplan:family-argument';

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

/**
 * Names the argument that holds the id of the family an operation opens (e.g. `family(id:)`): the
 * first guard then asks for the access decision on that family in the same statement as the session
 * check, one round trip instead of two. It decides nothing by itself: the resolver still asks
 * FamilyAccessService, which answers from that statement.
 */
export const OpensFamily = (argument: string) => SetMetadata(FAMILY_ARGUMENT_KEY, argument);
