import { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { ErrorCode } from '@gezinsplan/domain';
import { Plugin } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import { GraphQLContext } from '../auth/request-context';
import { isDatabaseBusy, isDatabaseUnavailable, SERVER_BUSY_MESSAGE, SERVICE_UNAVAILABLE_MESSAGE } from '../common/errors/database-unavailable';
import { INTERNAL_ERROR_MESSAGE } from '../common/errors/format-error';
import { AccessLogService } from './access-log.service';

/** What the client is told when the access log could not be written, and why, for the log. */
function problemOf(error: unknown): { code: ErrorCode; message: string; status: number; why: string } {
  if (isDatabaseBusy(error)) {
    return { code: ErrorCode.ServerBusy, message: SERVER_BUSY_MESSAGE, status: 503, why: 'Every database connection stayed in use' };
  }
  if (isDatabaseUnavailable(error)) {
    return { code: ErrorCode.ServiceUnavailable, message: SERVICE_UNAVAILABLE_MESSAGE, status: 503, why: 'The database is out of reach' };
  }
  return { code: ErrorCode.InternalServerError, message: INTERNAL_ERROR_MESSAGE, status: 500, why: 'The access log could not be written' };
}

/**
 * Writes a request's reads (and the attempts the access module refused) to the access log after its resolvers have run and
 * before its answer leaves: one statement per request instead of one per list.
 * An answer whose reads could not be logged is replaced by an error, so case
 * data never leaves without its log line.
 */
@Plugin()
export class AccessLogFlushPlugin implements ApolloServerPlugin<GraphQLContext> {
  private readonly logger = new Logger(AccessLogFlushPlugin.name);

  constructor(private readonly accessLog: AccessLogService) {}

  async requestDidStart(): Promise<GraphQLRequestListener<GraphQLContext>> {
    return {
      willSendResponse: async ({ contextValue, response }) => {
        const viewer = contextValue.req.viewer;
        if (!viewer) return;
        try {
          const { req } = contextValue;
          await this.accessLog.flushReads(viewer, {
            requestId: req.id === undefined ? null : String(req.id),
            clientAddress: req.ip ?? null,
          });
        } catch (error) {
          const problem = problemOf(error);
          if (problem.code === ErrorCode.InternalServerError) this.logger.error({ err: error }, 'Could not write the access log; the answer is withheld');
          else this.logger.warn(`${problem.why}; an answer is withheld for want of its access log: ${String(error)}`);
          if (response.body.kind === 'single') {
            response.body.singleResult = { errors: [{ message: problem.message, extensions: { code: problem.code } }] };
          }
          response.http.status = problem.status;
        }
      },
    };
  }
}
