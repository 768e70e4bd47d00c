import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { unauthenticated } from '../common/errors/api-error';
import { requestOf } from './request-context';
import { Viewer } from './viewer';

export const CurrentViewer = createParamDecorator((_data: unknown, context: ExecutionContext): Viewer => {
  const viewer = requestOf(context).viewer;
  if (!viewer) throw unauthenticated();
  return viewer;
});
