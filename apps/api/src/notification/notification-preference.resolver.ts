import { Permission } from '@gezinsplan/access-policy';
import { Args, Field, InputType, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsIn } from 'class-validator';
import { DataSource } from 'typeorm';
import { Authorize } from '../auth/access.decorators';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import { Viewer } from '../auth/viewer';
import { registerDomainEnum } from '../common/graphql/register-enum';

/** One setting for every kind of notification (docs/decisions.md): at once, in one mail a day, or in the app only. */
const EMAIL_FREQUENCIES = ['IMMEDIATELY', 'DAILY', 'OFF'] as const;
type EmailFrequency = (typeof EMAIL_FREQUENCIES)[number];
const EmailFrequencyEnum = registerDomainEnum('NotificationEmailFrequency', EMAIL_FREQUENCIES);

@ObjectType('NotificationSettings', { description: 'One’s own: how notifications reach one by e-mail. They are always in the app.' })
export class NotificationSettingsOutput {
  @Field(() => EmailFrequencyEnum)
  email!: EmailFrequency;

  @Field(() => Int, { description: 'Notifications not read yet.' })
  unread!: number;
}

@InputType()
export class SetNotificationEmailInput {
  @Field(() => EmailFrequencyEnum)
  @IsIn(EMAIL_FREQUENCIES, { message: 'choose IMMEDIATELY, DAILY or OFF' })
  email!: EmailFrequency;
}

/** Each person's own settings and unread count: no id is taken, so nobody reaches another's. */
@Resolver()
export class NotificationPreferenceResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Query(() => NotificationSettingsOutput)
  @Authorize(Permission.ReadOwnAccount)
  notificationSettings(@CurrentViewer() viewer: Viewer): Promise<NotificationSettingsOutput> {
    return this.settings(viewer.accountId);
  }

  @Mutation(() => NotificationSettingsOutput)
  @Authorize(Permission.ReadOwnAccount)
  async setNotificationEmail(@CurrentViewer() viewer: Viewer, @Args('input') input: SetNotificationEmailInput): Promise<NotificationSettingsOutput> {
    await this.dataSource.query(
      `INSERT INTO notification_preference (account_id, email) VALUES ($1, $2)
       ON CONFLICT (account_id) DO UPDATE SET email = EXCLUDED.email, updated_at = now()`,
      [viewer.accountId, input.email],
    );
    return this.settings(viewer.accountId);
  }

  private async settings(accountId: string): Promise<NotificationSettingsOutput> {
    const [row] = (await this.dataSource.query(
      `SELECT coalesce((SELECT email FROM notification_preference WHERE account_id = $1), 'IMMEDIATELY') AS email,
              (SELECT count(*)::int FROM notification WHERE account_id = $1 AND read_at IS NULL) AS unread`,
      [accountId],
    )) as NotificationSettingsOutput[];
    return row;
  }
}
