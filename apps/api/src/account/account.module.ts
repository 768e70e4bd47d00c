import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { AuthModule } from '../auth/auth.module';
import { MailModule } from '../mail/mail.module';
import { AccountActivationService } from './account-activation.service';
import { AccountAdminService } from './account-admin.service';
import { AccountResolver } from './account.resolver';
import { InitialAdminService } from './initial-admin.service';
import { PasswordResetResolver } from './password-reset.resolver';
import { PasswordResetService } from './password-reset.service';
import { FamilyMemberPortalAccessResolver, NetworkMemberPortalAccessResolver } from './portal-access.resolver';
import { PortalAccessService } from './portal-access.service';
import { PortalInvitationService } from './portal-invitation.service';

@Module({
  imports: [AuthModule, AccessModule, MailModule],
  providers: [
    AccountActivationService,
    AccountAdminService,
    PortalInvitationService,
    PortalAccessService,
    InitialAdminService,
    PasswordResetService,
    AccountResolver,
    PasswordResetResolver,
    FamilyMemberPortalAccessResolver,
    NetworkMemberPortalAccessResolver,
  ],
  exports: [InitialAdminService],
})
export class AccountModule {}
