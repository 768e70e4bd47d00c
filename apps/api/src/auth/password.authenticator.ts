import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository } from 'typeorm';
import { AccountEntity } from './account.entity';
import { Authenticator } from './authenticator';
import { PasswordHasher } from './password-hasher';

export interface PasswordCredentials {
  email: string;
  password: string;
}

@Injectable()
export class PasswordAuthenticator implements Authenticator<PasswordCredentials> {
  constructor(
    @InjectRepository(AccountEntity) private readonly accounts: Repository<AccountEntity>,
    private readonly hasher: PasswordHasher,
  ) {}

  async authenticate({ email, password }: PasswordCredentials): Promise<string | null> {
    const account = await this.accounts.findOne({
      where: { email, disabledAt: IsNull() },
      select: { id: true, passwordHash: true },
    });
    if (!account?.passwordHash) return this.hasher.verifyAgainstDecoy(password).then(() => null);
    return (await this.hasher.verify(account.passwordHash, password)) ? account.id : null;
  }
}
