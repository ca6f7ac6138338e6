// The Neo4j password when none is configured: read from a 0600 file under KG_HOME, generated at random the first
// time. Installs made before the file existed were initialised with the old fixed default, which is kept for them.
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createSecretOnce } from './local-files.js';

/** The fixed default of earlier versions, still the password of local instances they created. */
const LEGACY_DEFAULT = 'kg-password';

export const passwordFileIn = (kgHome: string): string => join(kgHome, 'password');

function readSecret(file: string): string {
  const mode = statSync(file).mode & 0o777;
  if (mode & 0o077) chmodSync(file, 0o600); // written by hand or by an older version: make it private
  const secret = readFileSync(file, 'utf8').replace(/\r?\n$/, '');
  if (!secret) throw new Error(`the password file ${file} is empty`);
  return secret;
}

/** Reads `file` (NEO4J_PASSWORD_FILE); the error names it. */
export function readPasswordFile(file: string): string {
  try {
    return readSecret(file);
  } catch (err) {
    throw new Error(`cannot read NEO4J_PASSWORD_FILE ${file}: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/** The password kept under `kgHome` (absolute), created on first use. */
export function localPassword(kgHome: string): string {
  const file = passwordFileIn(kgHome);
  if (existsSync(file)) return readSecret(file);
  mkdirSync(kgHome, { recursive: true, mode: 0o700 });
  const initialised = ['main', 'test'].some((name) => existsSync(join(kgHome, name, 'data', 'databases')));
  const secret = initialised ? LEGACY_DEFAULT : randomBytes(24).toString('base64url');
  // another process may have created it first: theirs stands
  return createSecretOnce(file, secret) ? secret : readSecret(file);
}
