import { DynamicModule, Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { ConsentModule } from '../consent/consent.module';
import { AccountModule } from '../account/account.module';
import { AuthModule } from '../auth/auth.module';
import { GraphQLModule } from '../common/graphql/graphql.module';
import { LoggingModule } from '../common/logging.module';
import { AppConfig } from '../config/app-config';
import { ConfigModule } from '../config/config.module';
import { DatabaseModule } from '../database/database.module';
import { DemoModule } from '../demo/demo.module';
import { FamilyModule } from '../family/family.module';
import { HealthModule } from '../health/health.module';
import { InvolvementModule } from '../involvement/involvement.module';
import { OrganisationModule } from '../organisation/organisation.module';
import { OverviewModule } from '../overview/overview.module';
import { CalendarModule } from '../calendar/calendar.module';
import { PlanModule } from '../plan/plan.module';
import { NotificationModule } from '../notification/notification.module';
import { SignalModule } from '../signal/signal.module';

@Module({})
export class AppModule {
  /** The configuration is passed in, already validated, so tests build the same app with their own. */
  static register(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.register(config),
        LoggingModule,
        DatabaseModule,
        GraphQLModule,
        AuthModule,
        AccountModule,
        OrganisationModule,
        AccessModule,
        FamilyModule,
        ConsentModule,
        InvolvementModule,
        PlanModule,
        OverviewModule,
        CalendarModule,
        SignalModule,
        NotificationModule,
        HealthModule,
        DemoModule,
      ],
    };
  }
}
