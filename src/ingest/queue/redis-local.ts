// Starts, stops and reports a local Redis server for the article queue, the way src/neo4j-local runs Neo4j:
// Debian's `redis-server` binary, a private config (0600) under KG_HOME/redis with a random password kept in a
// 0600 file, loopback only, append-only file on so queued articles survive a restart.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Redis } from 'ioredis';
import { createSecretOnce, processAlive as alive, readPid, writePrivate } from '../../local-files.js';

export interface RedisInstance {
  /** folder holding redis.conf, data/, the pid and log files */
  home: string;
  port: number;
  log?: (msg: string) => void;
}

export interface RedisStatus {
  running: boolean;
  pid: number | null;
  port: number;
  home: string;
}

const files = (home: string) => {
  const h = resolve(home);
  return {
    home: h,
    conf: join(h, 'redis.conf'),
    data: join(h, 'data'),
    pid: join(h, 'redis.pid'),
    log: join(h, 'redis.log'),
    password: join(h, 'password'),
  };
};

/** The password of the local server, generated on first use and kept in a 0600 file. */
export function redisPassword(home: string): string {
  const f = files(home);
  mkdirSync(f.home, { recursive: true, mode: 0o700 });
  if (!existsSync(f.password)) createSecretOnce(f.password);
  return readFileSync(f.password, 'utf8').trim();
}

/**
 * True when `pid` is the redis-server on this port (not a reused pid or a zombie). Redis rewrites its process
 * title to "redis-server 127.0.0.1:PORT", so the title is what is checked.
 */
function ownServer(pid: number, port: number): boolean {
  if (!alive(pid)) return false;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    if (state === 'Z' || state === 'X') return false;
    const title = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return title.includes('redis-server') && title.includes(`:${port}`);
  } catch {
    return !existsSync('/proc/self/stat');
  }
}

export function redisStatus(o: RedisInstance): RedisStatus {
  const f = files(o.home);
  const pid = readPid(f.pid);
  const running = pid !== null && ownServer(pid, o.port);
  return { running, pid: running ? pid : null, port: o.port, home: f.home };
}

const config = (o: RedisInstance, password: string) => {
  const f = files(o.home);
  return [
    `port ${o.port}`,
    'bind 127.0.0.1 -::1',
    'protected-mode yes',
    `dir ${f.data}`,
    'appendonly yes',
    'appendfsync everysec',
    'save ""',
    `logfile ${f.log}`,
    'daemonize no',
    // the stream holds whole article texts: refuse writes past this rather than let the OS kill the server
    'maxmemory 1gb',
    'maxmemory-policy noeviction',
    `requirepass ${password}`,
    '',
  ].join('\n');
};

async function answers(port: number, password: string): Promise<string | null> {
  const client = new Redis({
    host: '127.0.0.1',
    port,
    password,
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    connectTimeout: 1000,
  });
  client.on('error', () => {});
  try {
    await client.connect();
    return (await client.ping()) === 'PONG' ? null : 'no PONG';
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  } finally {
    client.disconnect();
  }
}

/** Starts the server (or reuses the one this home already runs) and resolves once it answers PING. */
export async function startRedis(o: RedisInstance, timeoutMs = 15_000): Promise<RedisStatus> {
  const f = files(o.home);
  const password = redisPassword(o.home);
  const current = redisStatus(o);
  if (current.running && (await answers(o.port, password)) === null) return current;
  if (current.running)
    throw new Error(`redis-server (pid ${current.pid}) runs but does not answer on port ${o.port}; see ${f.log}`);
  if (spawnSync('redis-server', ['--version']).status !== 0) {
    throw new Error(
      'redis-server is not installed (Debian: `apt-get install -y redis-server`); or set REDIS_URL to a Redis you run',
    );
  }
  mkdirSync(f.data, { recursive: true, mode: 0o700 });
  rmSync(f.pid, { force: true });
  writePrivate(f.conf, config(o, password));
  const out = openSync(f.log, 'a', 0o600);
  const child = spawn('redis-server', [f.conf], { detached: true, stdio: ['ignore', out, out] });
  closeSync(out);
  if (child.pid === undefined) throw new Error('could not start redis-server');
  let exited = false;
  child.once('exit', () => {
    exited = true;
  });
  writeFileSync(f.pid, `${child.pid}\n`);
  child.unref();
  o.log?.(`Redis starting (pid ${child.pid}) on 127.0.0.1:${o.port}, data in ${f.data}`);
  const deadline = Date.now() + timeoutMs;
  let last: string | null = 'no answer yet';
  while (Date.now() < deadline) {
    if (exited) break;
    last = await answers(o.port, password);
    if (last === null) return redisStatus(o);
    await new Promise((r) => setTimeout(r, 200));
  }
  if (alive(child.pid)) process.kill(child.pid, 'SIGTERM');
  rmSync(f.pid, { force: true });
  const tail = existsSync(f.log) ? readFileSync(f.log, 'utf8').trimEnd().split('\n').slice(-10).join('\n') : '';
  throw new Error(
    `redis-server did not answer on 127.0.0.1:${o.port} (${last ?? 'exited'})\n--- ${f.log} ---\n${tail}`,
  );
}

/** Stops the server cleanly (SIGTERM: it writes its append-only file and exits). */
export async function stopRedis(o: RedisInstance, timeoutMs = 15_000): Promise<boolean> {
  const s = redisStatus(o);
  const f = files(o.home);
  if (!s.running || s.pid === null) {
    rmSync(f.pid, { force: true });
    return false;
  }
  process.kill(s.pid, 'SIGTERM');
  const deadline = Date.now() + timeoutMs;
  while (ownServer(s.pid, o.port) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  if (ownServer(s.pid, o.port)) process.kill(s.pid, 'SIGKILL');
  rmSync(f.pid, { force: true });
  return true;
}
