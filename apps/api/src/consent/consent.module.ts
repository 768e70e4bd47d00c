import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { NotificationModule } from '../notification/notification.module';
import { ConsentResolver } from './consent.resolver';
import { ConsentService } from './consent.service';
import { InstitutionalAuthorityService } from './institutional-authority.service';
import { LegalBasisService } from './legal-basis.service';

/** Consents and legal bases: what the access decision counts as grounds for sharing. */
@Module({
  imports: [AccessModule, NotificationModule],
  providers: [ConsentService, LegalBasisService, InstitutionalAuthorityService, ConsentResolver],
})
export class ConsentModule {}
