import { DomainError, Logger } from '@hr/platform';
import { adminPasswordBanner } from '../i18n/messages';
import type { UserRecord, UserRepository } from '../infra/user.repository';
import { generatePassword, hashPassword } from './password-hasher';

export interface FirstAdminOptions {
  email?: string;
  password?: string;
  /** Where a generated password goes; stdout by default, never the logger. */
  print?: (text: string) => void;
}

const DEFAULT_EMAIL = 'admin@example.com';

/** On an empty user store, creates the first administrator so somebody can sign in at all. */
export async function ensureFirstAdmin(users: UserRepository, logger: Logger, options: FirstAdminOptions): Promise<boolean> {
  if (await users.any()) return false;
  const email = (options.email ?? DEFAULT_EMAIL).toLowerCase();
  const generated = options.password ? undefined : generatePassword();
  let user: UserRecord;
  try {
    user = await users.create({
      email,
      name: 'Administrator',
      roles: ['admin'],
      locale: 'zh-CN',
      passwordHash: await hashPassword(options.password ?? generated!),
    });
  } catch (error) {
    // Two replicas starting together: the other one created it first.
    if (error instanceof DomainError && error.kind === 'already_exists') return false;
    throw error;
  }
  logger.info({ userId: user.id, generatedPassword: Boolean(generated) }, 'first administrator created');
  if (generated) (options.print ?? console.log)(adminPasswordBanner(email, generated));
  return true;
}
