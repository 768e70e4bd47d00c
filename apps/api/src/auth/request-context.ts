import { ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { Viewer } from './viewer';

export interface ApiRequest extends Request {
  viewer?: Viewer;
}

export interface GraphQLContext {
  req: ApiRequest;
  res: Response;
}

export function requestOf(context: ExecutionContext): ApiRequest {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<GraphQLContext>().req;
  }
  return context.switchToHttp().getRequest<ApiRequest>();
}

export function responseOf(context: ExecutionContext): Response {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<GraphQLContext>().res;
  }
  return context.switchToHttp().getResponse<Response>();
}
