import { permissionsOf } from '@gezinsplan/access-policy';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { acceptPortalInvitation } from '../account/portal-link';
import { notFound } from '../common/errors/api-error';
import { AccountEntity } from './account.entity';
import { invalidCredentials, tooManySignInAttempts } from './auth.exception';
import { PasswordAuthenticator } from './password.authenticator';
import { ClientInfo, SessionService } from './session.service';
import { normaliseEmail, SignInThrottle } from './sign-in-throttle.service';
import { ViewerOutput } from './viewer.output';

export interface SignedIn {
  token: string;
  viewer: ViewerOutput;
}

@Injectable()
export class AuthService {
  constructor(
    @InjectRepository(AccountEntity) private readonly accounts: Repository<AccountEntity>,
    private readonly passwords: PasswordAuthenticator,
    private readonly sessions: SessionService,
    private readonly throttle: SignInThrottle,
  ) {}

  /** `invitationToken`: from a portal invitation's link, accepted once the password is right (account/portal-link.ts). */
  async signInWithPassword(emailInput: string, password: string, client: ClientInfo, invitationToken: string | null = null): Promise<SignedIn> {
    const email = normaliseEmail(emailInput);
    const attempt = await this.throttle.reserve(email, client.address);
    if (!attempt.allowed) throw tooManySignInAttempts(attempt.waitSeconds);
    const accountId = await this.passwords.authenticate({ email, password });
    if (accountId === null) throw invalidCredentials();
    await this.throttle.succeeded(attempt.attemptId);
    if (invitationToken) await acceptPortalInvitation(this.accounts.manager, accountId, invitationToken);
    const token = await this.sessions.start(accountId, client);
    return { token, viewer: await this.viewer(accountId) };
  }

  async signOut(sessionId: string): Promise<void> {
    await this.sessions.revoke(sessionId);
  }

  async viewer(accountId: string): Promise<ViewerOutput> {
    const account = await this.accounts.findOne({ where: { id: accountId }, relations: { organisation: true } });
    if (!account) throw notFound('The account');
    return {
      id: account.id,
      email: account.email,
      displayName: account.displayName,
      kind: account.kind,
      organisation: account.organisation
        ? { id: account.organisation.id, name: account.organisation.name, type: account.organisation.type }
        : null,
      permissions: [...permissionsOf(account.kind)],
    };
  }
}
