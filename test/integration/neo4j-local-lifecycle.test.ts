// A fresh local Neo4j, started as `kg db start` does: the password never shows in `ps`, the files that hold it
// or the configuration are private, and a start right after `kill -9` of the JVM works (defects 12 and 13).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { start, status, stop, type InstanceOptions } from '../../src/neo4j-local/instance.js';
import { freePort } from '../helpers/free-port.js';

const mode = (file: string) => statSync(file).mode & 0o777;

describe('local Neo4j credentials and restarts', () => {
  const kgHomeDir = mkdtempSync(join(tmpdir(), 'kg-lifecycle-'));
  let opts: InstanceOptions | undefined;
  afterAll(async () => {
    // a throwaway instance, deleted next: no graceful shutdown to wait for (stop sends SIGKILL after no wait)
    if (opts) await stop(opts, 0);
    rmSync(kgHomeDir, { recursive: true, force: true });
  });

  it('without NEO4J_PASSWORD, a random password is generated once, kept in a 0600 file, and the env still overrides it', () => {
    const a = loadConfig({ KG_HOME: kgHomeDir });
    expect(a.NEO4J_PASSWORD).not.toBe('kg-password');
    expect(a.NEO4J_PASSWORD.length).toBeGreaterThanOrEqual(24);
    expect(mode(join(kgHomeDir, 'password'))).toBe(0o600);
    expect(loadConfig({ KG_HOME: kgHomeDir }).NEO4J_PASSWORD).toBe(a.NEO4J_PASSWORD);
    expect(loadConfig({ KG_HOME: kgHomeDir, NEO4J_PASSWORD: 'from-env' }).NEO4J_PASSWORD).toBe('from-env');
  });

  it('the first start never shows the password in ps, and its config files are private', async () => {
    const config = loadConfig({ KG_HOME: kgHomeDir });
    opts = {
      home: join(kgHomeDir, 'main'),
      cacheRoot: resolve(process.env.KG_NEO4J_CACHE ?? '.cache/neo4j'),
      port: await freePort(),
      user: 'neo4j',
      password: config.NEO4J_PASSWORD,
      memory: { instance: 'test', heapOverride: '512m', pageCacheOverride: '64m' },
    };
    let seen = 0;
    let leaked = false;
    let watching = true;
    const watcher = (async () => {
      while (watching) {
        const ps = execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' });
        seen++;
        if (ps.includes(opts!.password)) leaked = true;
        await new Promise((r) => setTimeout(r, 30));
      }
    })();
    try {
      await start(opts);
    } finally {
      watching = false;
      await watcher;
    }
    expect(seen).toBeGreaterThan(10);
    expect(leaked).toBe(false);
    expect(mode(join(opts.home, 'conf', 'neo4j.conf'))).toBe(0o600);
    const authIni = join(opts.home, 'data', 'dbms', 'auth.ini');
    if (existsSync(authIni)) expect(mode(authIni)).toBe(0o600);
    expect(readFileSync(join(kgHomeDir, 'password'), 'utf8').trim()).toBe(opts.password);
  }, 240_000);

  it('starts again right after kill -9 of the JVM (stale pid detected)', async () => {
    const before = status(opts!);
    expect(before.running).toBe(true);
    process.kill(before.pid!, 'SIGKILL');
    const after = await start(opts!);
    expect(after.running).toBe(true);
    expect(after.pid).not.toBe(before.pid);
  }, 240_000);
});
