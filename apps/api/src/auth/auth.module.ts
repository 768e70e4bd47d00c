import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessModule } from '../access/access.module';
import { AccountEntity } from './account.entity';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { AuthenticationGuard } from './authentication.guard';
import { PasswordHasher } from './password-hasher';
import { PasswordAuthenticator } from './password.authenticator';
import { PermissionGuard } from './permission.guard';
import { SessionEntity } from './session.entity';
import { SessionService } from './session.service';
import { SignInAttemptEntity } from './sign-in-attempt.entity';
import { SignInThrottle } from './sign-in-throttle.service';

@Module({
  // The access module, for the first guard: an operation that opens a family has its access decided with the session.
  imports: [TypeOrmModule.forFeature([AccountEntity, SessionEntity, SignInAttemptEntity]), AccessModule],
  providers: [
    AuthService,
    AuthResolver,
    SessionService,
    PasswordHasher,
    PasswordAuthenticator,
    SignInThrottle,
    // Global and in this order: who is asking, then what they may do.
    { provide: APP_GUARD, useClass: AuthenticationGuard },
    { provide: APP_GUARD, useClass: PermissionGuard },
  ],
  exports: [PasswordHasher, SessionService, AuthService],
})
export class AuthModule {}
