import { AccountKind } from '@gezinsplan/domain';
import { EntityManager } from 'typeorm';
import { emailAddressTaken } from './account.exception';

export interface NewAccount {
  email: string;
  displayName: string;
  kind: AccountKind;
  organisationId?: string | null;
  discipline?: string | null;
  phone?: string | null;
}

/**
 * Inserts an account without a password, inside the caller's transaction.
 * The unique index decides whether the address is free, so two requests
 * racing for one address cannot both pass a check made before the insert.
 */
export async function insertAccount(manager: EntityManager, account: NewAccount): Promise<string> {
  const id = await insertAccountIfFree(manager, account);
  if (id === null) throw emailAddressTaken();
  return id;
}

/** Like `insertAccount`, but null when the address has an account already: the caller decides what that means. */
export async function insertAccountIfFree(manager: EntityManager, account: NewAccount): Promise<string | null> {
  const [row] = (await manager.query(
    `INSERT INTO account (email, display_name, kind, organisation_id, discipline, phone) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (email) DO NOTHING RETURNING id`,
    [
      account.email.toLowerCase(),
      account.displayName,
      account.kind,
      account.organisationId ?? null,
      account.discipline ?? null,
      account.phone ?? null,
    ],
  )) as Array<{ id: string }>;
  return row?.id ?? null;
}
