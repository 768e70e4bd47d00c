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

/** The one way the API is assembled: by `npm start`, the tests and the benchmark alike. */
export async function createApp(config: AppConfig): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(config), {
    bufferLogs: true,
    abortOnError: false,
  });
  app.useLogger(app.get(Logger));
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
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
