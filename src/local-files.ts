// Files and processes of the servers the project starts itself (Neo4j from its jars, redis-server): private files,
// a secret generated once, a pid file and whether its process still runs. One place, so both servers keep their
// secrets and pids the same way.
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';

/** Writes a file only its owner may read (configuration that names paths and ports, secrets). */
export function writePrivate(file: string, content: string): void {
  writeFileSync(file, content, { mode: 0o600 });
  chmodSync(file, 0o600); // an existing file keeps its old mode on write
}

/**
 * Creates `file` (0600) holding `secret` unless it exists, safely when two processes race; true when this call
 * created it.
 */
export function createSecretOnce(file: string, secret: string = randomBytes(24).toString('base64url')): boolean {
  try {
    writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
    return true;
  } catch (err) {
    // another process created it first: theirs stands
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  }
}

/** Whether a process with this pid exists (it may be a zombie or a reused pid: callers that care check more). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The pid written in `file`, or null when there is none or it is not a pid. */
export function readPid(file: string): number | null {
  if (!existsSync(file)) return null;
  const pid = Number.parseInt(readFileSync(file, 'utf8').trim(), 10);
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}
