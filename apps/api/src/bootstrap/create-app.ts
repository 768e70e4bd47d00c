import { DynamicModule, NestApplicationOptions } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { AppModule } from '../app/app.module';
import { GraphQLPassThroughFilter } from '../common/errors/graphql-pass-through.filter';
import { createValidationPipe } from '../common/errors/validation.pipe';
import { AppConfig } from '../config/app-config';
import { serveWebClient } from './web-client';

/**
 * Turns the root module into an application. Production and the tests use
 * NestFactory; the benchmark (apps/api-bench) compiles the same module with
 * the access decision replaced, to measure the page without it. Whatever the
 * factory, every step below runs the same.
 */
export type AppFactory = (root: DynamicModule, options: NestApplicationOptions) => Promise<NestExpressApplication>;

const nestFactory: AppFactory = (root, options) => NestFactory.create<NestExpressApplication>(root, options);

/** The one way the API is assembled: by `npm start`, the tests and the benchmark alike. */
export async function createApp(config: AppConfig, factory: AppFactory = nestFactory): Promise<NestExpressApplication> {
  const app = await factory(AppModule.register(config), { bufferLogs: true, abortOnError: false });
  app.useLogger(app.get(Logger));
  // One hop: the client is the address the proxy itself put last in X-Forwarded-For. `true` would
  // take the first, which a client writes itself wherever the proxy appends (nginx's
  // $proxy_add_x_forwarded_for, most cloud load balancers): a fresh address per guess.
  app.set('trust proxy', config.trustProxy ? 1 : false);
  app.disable('x-powered-by');
  // An answer is never kept (no-store below), so a validator for it is a hash of every answer for nothing.
  app.set('etag', false);
  app.use(helmet({ hsts: config.session.cookieSecure }));
  app.use(cookieParser());
  // Answers carry case data: no browser cache or proxy may keep a copy.
  app.use('/graphql', (_req: Request, res: Response, next: NextFunction) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new GraphQLPassThroughFilter(app.getHttpAdapter()));
  serveWebClient(app, config.webDistDir);
  return app;
}
