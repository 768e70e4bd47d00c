import { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { ErrorCode } from '@gezinsplan/domain';
import { Plugin } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import { GraphQLContext } from '../auth/request-context';
import { isDatabaseUnavailable, SERVICE_UNAVAILABLE_MESSAGE } from '../common/errors/database-unavailable';
import { INTERNAL_ERROR_MESSAGE } from '../common/errors/format-error';
import { AccessLogService } from './access-log.service';

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
          const unavailable = isDatabaseUnavailable(error);
          if (unavailable) this.logger.warn(`The database is out of reach; an answer is withheld for want of its access log: ${String(error)}`);
          else this.logger.error({ err: error }, 'Could not write the access log; the answer is withheld');
          if (response.body.kind === 'single') {
            response.body.singleResult = {
              errors: [
                unavailable
                  ? { message: SERVICE_UNAVAILABLE_MESSAGE, extensions: { code: ErrorCode.ServiceUnavailable } }
                  : { message: INTERNAL_ERROR_MESSAGE, extensions: { code: ErrorCode.InternalServerError } },
              ],
            };
          }
          response.http.status = unavailable ? 503 : 500;
        }
      },
    };
  }
}
