import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export interface LocalSecrets {
  jwtSecret: string;
  internalTokenSecret: string;
}

/** Generated once per DATA_DIR and kept, so sessions and service tokens survive restarts. */
export function loadSecrets(dataDir: string): LocalSecrets {
  const file = path.join(dataDir, 'secrets.json');
  let stored: Partial<LocalSecrets> = {};
  if (fs.existsSync(file)) stored = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<LocalSecrets>;
  const secrets: LocalSecrets = {
    jwtSecret: stored.jwtSecret ?? crypto.randomBytes(32).toString('base64url'),
    internalTokenSecret: stored.internalTokenSecret ?? crypto.randomBytes(32).toString('base64url'),
  };
  if (JSON.stringify(secrets) !== JSON.stringify(stored)) {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(file, JSON.stringify(secrets, null, 2) + '\n', { mode: 0o600 });
  }
  fs.chmodSync(file, 0o600);
  return secrets;
}
