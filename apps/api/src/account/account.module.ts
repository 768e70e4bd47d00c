import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { AuthModule } from '../auth/auth.module';
import { MailModule } from '../mail/mail.module';
import { AccountActivationService } from './account-activation.service';
import { AccountAdminService } from './account-admin.service';
import { AccountResolver } from './account.resolver';
import { InitialAdminService } from './initial-admin.service';
import { PortalInvitationService } from './portal-invitation.service';

@Module({
  imports: [AuthModule, AccessModule, MailModule],
  providers: [AccountActivationService, AccountAdminService, PortalInvitationService, InitialAdminService, AccountResolver],
  exports: [InitialAdminService],
})
export class AccountModule {}
