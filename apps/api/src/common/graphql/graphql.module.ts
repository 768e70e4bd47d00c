import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Logger, MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { GraphQLModule as NestGraphQLModule } from '@nestjs/graphql';
import { GraphQLContext } from '../../auth/request-context';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/app-config.token';
import { createFormatError } from '../errors/format-error';
import { inputValidationPlugin } from './input-validation.plugin';
import { refuseOperationsInTheAddress } from './post-only.middleware';
import { directiveLimitsRule } from './directive-limits';
import { queryLimitsRule } from './query-limits';

const logger = new Logger('GraphQL');

@Module({
  imports: [
    NestGraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): ApolloDriverConfig => ({
        path: '/graphql',
        autoSchemaFile: true,
        sortSchema: true,
        // The sandbox loads from the internet and has no place in a case-data API.
        playground: false,
        // Case data is never cacheable, and cache hints would instrument every field of every request.
        plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginCacheControlDisabled(), inputValidationPlugin()],
        introspection: config.mode !== 'production',
        csrfPrevention: true,
        // One operation per request: batches would multiply every limit below.
        allowBatchedHttpRequests: false,
        validationRules: [directiveLimitsRule(config.graphql), queryLimitsRule(config.graphql)],
        includeStacktraceInErrorResponses: false,
        // Guards also run on @ResolveField: field-level access depends on it.
        fieldResolverEnhancers: ['guards'],
        context: ({ req, res }: GraphQLContext): GraphQLContext => ({ req, res }),
        formatError: createFormatError(
          {
            unexpected: (formatted, original) =>
              logger.error({ err: original, path: formatted.path }, 'Unexpected error in a GraphQL operation'),
            unavailable: (formatted, original) =>
              logger.warn(`The database is out of reach; ${formatted.path?.join('.') ?? 'an operation'} answered SERVICE_UNAVAILABLE: ${String(original)}`),
            busy: (formatted, original) =>
              logger.warn(`Every database connection stayed in use; ${formatted.path?.join('.') ?? 'an operation'} answered SERVER_BUSY: ${String(original)}`),
          },
          { hideSuggestions: config.mode === 'production' },
        ),
      }),
    }),
  ],
})
export class GraphQLModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(refuseOperationsInTheAddress).forRoutes({ path: 'graphql', method: RequestMethod.GET });
  }
}
