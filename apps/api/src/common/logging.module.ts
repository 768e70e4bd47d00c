import { Module } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** A caller's request id is kept when it looks like one, so logs join up across services. */
function requestId(req: IncomingMessage, res: ServerResponse): string {
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
  res.setHeader('x-request-id', id);
  return id;
}

/** The path without its query string: a query string can carry an operation's variables (a BSN). */
function pathOf(url: string): string {
  const end = url.search(/[?#]/);
  return end === -1 ? url : url.slice(0, end);
}

/**
 * A request line says what was asked and how it ended, nothing more: no headers (cookies,
 * addresses and browsers are personal data, and the access log keeps what must be kept),
 * no query string (it can hold variables, such as a BSN), and no serialising of every
 * header on every request.
 */
export const requestLogSerializers = {
  req: (req: { id: unknown; method: string; url: string }) => ({ id: req.id, method: req.method, url: pathOf(req.url) }),
  res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
};

@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        pinoHttp: {
          level: config.logLevel,
          genReqId: requestId,
          serializers: requestLogSerializers,
          autoLogging: { ignore: (req: IncomingMessage) => req.url === '/health' },
        },
      }),
    }),
  ],
})
export class LoggingModule {}
