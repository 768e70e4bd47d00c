import { ArgumentsHost, Catch, HttpException, Logger } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { Request, Response } from 'express';
import { isSecondPlanRefusal, personHasPlan } from './api-error';
import { isDatabaseBusy, isDatabaseUnavailable, serverBusy, serviceUnavailable } from './database-unavailable';

/** What body-parser and Express throw for a request the client got wrong (http-errors). */
interface ClientRequestError {
  status: number;
  expose: true;
  length?: number;
  limit?: number;
}

function isClientRequestError(exception: unknown): exception is ClientRequestError {
  if (typeof exception !== 'object' || exception === null || exception instanceof HttpException) return false;
  const { status, expose } = exception as { status?: unknown; expose?: unknown };
  return expose === true && typeof status === 'number' && status >= 400 && status < 500;
}

function problemOf(error: ClientRequestError): { code: string; message: string } {
  if (error.status === 413) {
    const size = error.length === undefined ? '' : ` (${error.length} bytes; the limit is ${error.limit ?? '?'})`;
    return { code: 'PAYLOAD_TOO_LARGE', message: `The request is too large${size}. Send less at once.` };
  }
  return { code: 'BAD_REQUEST', message: `The request cannot be read (HTTP ${error.status}).` };
}

/**
 * Hands GraphQL errors straight to Apollo, where `createFormatError` decides
 * what the client sees and logs only the unexpected ones. Without it, Nest
 * logs every refusal (FORBIDDEN, NOT_FOUND, …) as a server error. A database
 * out of reach becomes SERVICE_UNAVAILABLE here, a pool whose connections all
 * stayed in use SERVER_BUSY, each with one warning line (`createFormatError`
 * does the same for field resolvers, which no filter sees).
 *
 * A request the client got wrong before it reached GraphQL (too large, an
 * unsupported encoding) is answered with its status and a code, in GraphQL's error shape, and
 * logged as one warning line: it is not a fault of the server, so no stack.
 */
@Catch()
export class GraphQLPassThroughFilter extends BaseExceptionFilter {
  private readonly logger = new Logger('HTTP');

  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() === 'graphql') {
      // Two plans started at the same moment both passed the service's check; the database kept one.
      if (isSecondPlanRefusal(exception)) return personHasPlan();
      if (isDatabaseBusy(exception)) {
        this.logger.warn(`Every database connection stayed in use; the operation answers SERVER_BUSY: ${String(exception)}`);
        return serverBusy();
      }
      if (!isDatabaseUnavailable(exception)) return exception;
      this.logger.warn(`The database is out of reach; the operation answers SERVICE_UNAVAILABLE: ${String(exception)}`);
      return serviceUnavailable();
    }
    if (isClientRequestError(exception)) {
      const http = host.switchToHttp();
      const request = http.getRequest<Request>();
      const { code, message } = problemOf(exception);
      this.logger.warn(`${request.method} ${request.path} refused with ${exception.status} ${code}: ${message}`);
      http.getResponse<Response>().status(exception.status).json({ errors: [{ message, extensions: { code } }] });
      return;
    }
    return super.catch(exception, host);
  }
}
