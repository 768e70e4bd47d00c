import { ArgumentsHost, Catch } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';

/**
 * Hands GraphQL errors straight to Apollo, where `createFormatError` decides
 * what the client sees and logs only the unexpected ones. Without it, Nest
 * logs every refusal (FORBIDDEN, NOT_FOUND, …) as a server error.
 */
@Catch()
export class GraphQLPassThroughFilter extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() === 'graphql') return exception;
    return super.catch(exception, host);
  }
}
