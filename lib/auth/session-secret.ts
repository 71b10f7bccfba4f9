import fs from 'node:fs';
import { randomBytes } from 'node:crypto';
import { getDatabasePath, getEnv } from '@/lib/env';

/**
 * The key that seals session cookies: SESSION_SECRET when set, otherwise a random secret generated once and kept
 * beside the database (readable by this user only), so sessions survive restarts without any configuration.
 */
export function sessionSecretPath(databasePath: string): string {
  return `${databasePath}.session-secret`;
}

let cached: string | undefined;

export function getSessionSecret(): string {
  cached ??= getEnv().SESSION_SECRET ?? readOrCreateSecretFile(sessionSecretPath(getDatabasePath()));
  return cached;
}

export function readOrCreateSecretFile(file: string): string {
  try {
    // 'wx' fails if the file exists, so two processes starting together never overwrite each other's secret.
    fs.writeFileSync(file, randomBytes(48).toString('base64url'), { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const secret = fs.readFileSync(file, 'utf8').trim();
  if (secret.length < 32) {
    throw new Error(`The session secret in ${file} is shorter than 32 characters. Delete the file to generate a new one.`);
  }
  return secret;
}
