import { ErrorCode } from '@gezinsplan/domain';
import type { NextFunction, Request, Response } from 'express';

/**
 * GraphQL over GET puts the operation and its variables (a BSN, a name) in the
 * address, where browsers, proxies and request logs keep them. Every operation
 * travels in a POST body instead: a GET is refused before Apollo reads it, and
 * after the request logger, which records the refusal by its path alone.
 */
export function refuseOperationsInTheAddress(_req: Request, res: Response, _next: NextFunction): void {
  res.setHeader('Allow', 'POST');
  res.status(405).json({
    errors: [{
      message: 'Send GraphQL operations with POST: a GET request would put its variables, such as a BSN, in the address.',
      extensions: { code: ErrorCode.MethodNotAllowed },
    }],
  });
}
