import { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { FamilyAccessService } from '../../access/family-access.service';
import { AppModule } from '../../app/app.module';
import { GraphQLPassThroughFilter } from '../../common/errors/graphql-pass-through.filter';
import { createValidationPipe } from '../../common/errors/validation.pipe';
import { AppConfig } from '../../config/app-config';
import { OpenAccessService } from './open-access.service';

/**
 * The app as bootstrap/create-app.ts assembles it, step for step, except that
 * the access module's FamilyAccessService is replaced by OpenAccessService.
 * NestFactory has no way to replace a provider, so the module is compiled
 * through @nestjs/testing, which does. Keep the steps below in line with
 * createApp: the benchmark's on/off ratio is only fair while they match.
 */
export async function assembleAppWithoutAccessControl(config: AppConfig): Promise<NestExpressApplication> {
  const moduleRef = await Test.createTestingModule({ imports: [AppModule.register(config)] })
    .overrideProvider(FamilyAccessService)
    .useClass(OpenAccessService)
    .compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ bufferLogs: true, abortOnError: false });
  app.useLogger(app.get(Logger));
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  app.use(helmet({ hsts: config.session.cookieSecure }));
  app.use(cookieParser());
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new GraphQLPassThroughFilter(app.getHttpAdapter()));
  return app;
}
