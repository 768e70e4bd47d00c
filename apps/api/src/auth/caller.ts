import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { unauthenticated } from '../common/errors/api-error';
import { requestOf } from './request-context';
import { Viewer } from './viewer';

/** The signed-in person plus what the access log records about their request. */
export interface Caller {
  viewer: Viewer;
  requestId: string | null;
  clientAddress: string | null;
}

export const CurrentCaller = createParamDecorator((_data: unknown, context: ExecutionContext): Caller => {
  const request = requestOf(context);
  if (!request.viewer) throw unauthenticated();
  return {
    viewer: request.viewer,
    requestId: request.id === undefined ? null : String(request.id),
    clientAddress: request.ip ?? null,
  };
});
