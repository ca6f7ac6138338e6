// Starts, stops and reports a real Neo4j Community server from its own jars, without Docker.
// Authentication stays on (as in Docker and production); the initial password is set with
// AdminTool before the first start, so the same NEO4J_USER/NEO4J_PASSWORD work everywhere.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import neo4j from 'neo4j-driver';
import { totalmem } from 'node:os';
import { ensureJars, javaMajorVersion, NEO4J_VERSION, requireTool } from './jars.js';
import { folderBytes, planMemory, type MemoryInputs, type MemoryPlan } from './memory.js';
import { processAlive as alive, readPid, writePrivate } from '../local-files.js';

export interface InstanceOptions {
  /** folder holding conf/, data/, logs/, run/ of this instance */
  home: string;
  /** folder where the jar set is cached, shared by instances */
  cacheRoot: string;
  port: number;
  user: string;
  password: string;
  /** which instance, and sizes the user fixed; the rest is planned from the machine and the store at each start */
  memory?: Pick<MemoryInputs, 'instance' | 'heapOverride' | 'pageCacheOverride'>;
  log?: (msg: string) => void;
  startTimeoutMs?: number;
  /** how long a held Bolt port may take to be freed (a server killed a moment ago) before start gives up; 15 s */
  portWaitMs?: number;
}

export interface InstanceStatus {
  running: boolean;
  pid: number | null;
  uri: string;
  home: string;
}

// From the server.jvm.additional list of the official 5.26 neo4j.conf; without the --add-opens
// flags the server fails with "module java.base does not open java.nio to unnamed module".
const JVM_FLAGS = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+AlwaysPreTouch',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Djdk.tls.ephemeralDHKeySize=2048',
  '-Dlog4j2.disable.jmx=true',
  '-Dlog4j.layout.jsonTemplate.maxStringLength=32768',
  ...[
    'java.nio',
    'java.io',
    'sun.nio.ch',
    'java.lang',
    'java.util',
    'java.util.concurrent',
    'java.lang.invoke',
    'java.lang.reflect',
    'java.net',
    'java.time',
    'java.math',
    'jdk.internal.misc',
    'sun.net.www.protocol.http',
  ].map((p) => `--add-opens=java.base/${p}=ALL-UNNAMED`),
];

const paths = (home: string) => {
  const h = resolve(home);
  return {
    home: h,
    conf: join(h, 'conf'),
    data: join(h, 'data'),
    logs: join(h, 'logs'),
    run: join(h, 'run'),
    pid: join(h, 'neo4j.pid'),
  };
};

/** A java argument file (`java @file`) quotes every argument; only \\ and " need escaping inside quotes. */
const argFileLine = (args: string[]) =>
  args.map((a) => `"${a.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(' ') + '\n';

/** The admin tool's arguments; `--` ends its options, so a password that begins with "-" is not read as one. */
export const initialPasswordArgs = (classpath: string, password: string) => [
  '-cp',
  classpath,
  'org.neo4j.cli.AdminTool',
  'dbms',
  'set-initial-password',
  '--',
  password,
];

/**
 * `neo4j-admin dbms set-initial-password` takes the password as an argument, which every user on the machine can
 * read in `ps` while it runs. The java launcher reads its arguments from a 0600 file instead (`java @file`), so
 * the command line shows only the file's name; the file is removed as soon as java exits.
 */
function setInitialPassword(runDir: string, classpath: string, password: string, env: NodeJS.ProcessEnv): void {
  const argFile = join(runDir, `initial-password-${process.pid}.args`);
  writePrivate(argFile, argFileLine(initialPasswordArgs(classpath, password)));
  try {
    const r = spawnSync('java', [`@${argFile}`], { env, encoding: 'utf8' });
    if (r.status !== 0)
      throw new Error(
        `setting the initial Neo4j password failed: ${(r.stderr || r.stdout).replaceAll(password, '***').trim()}`,
      );
  } finally {
    rmSync(argFile, { force: true });
  }
}

export const uriFor = (port: number) => `bolt://127.0.0.1:${port}`;

function config(o: InstanceOptions, mem: MemoryPlan): string {
  const p = paths(o.home);
  return [
    `server.directories.data=${p.data}`,
    `server.directories.logs=${p.logs}`,
    `server.directories.run=${p.run}`,
    'server.default_listen_address=127.0.0.1',
    `server.bolt.listen_address=127.0.0.1:${o.port}`,
    'server.bolt.enabled=true',
    'server.http.enabled=false',
    'server.https.enabled=false',
    `server.memory.heap.initial_size=${mem.heapInitial}`,
    `server.memory.heap.max_size=${mem.heapMax}`,
    `server.memory.pagecache.size=${mem.pageCache}`,
    'dbms.security.auth_enabled=true',
    'dbms.usage_report.enabled=false',
    'db.tx_log.rotation.retention_policy=1 files',
    '',
  ].join('\n');
}

function portFree(port: number): Promise<boolean> {
  return new Promise((done) => {
    const srv = createServer();
    srv.once('error', () => done(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => done(true)));
  });
}

async function canConnect(uri: string, user: string, password: string): Promise<string | null> {
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), { connectionTimeout: 2000 });
  try {
    await driver.verifyConnectivity();
    return null;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  } finally {
    await driver.close();
  }
}

function tail(file: string, lines = 20): string {
  return existsSync(file) ? readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n') : '';
}

/**
 * True when `pid` is this home's Neo4j and not a dead process: after `kill -9` a JVM with a large pre-touched heap
 * takes a moment to go, and stays a zombie until reaped; the number may also have been reused by another program.
 */
function ownServer(pid: number, home: string): boolean {
  if (!alive(pid)) return false;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    if (state === 'Z' || state === 'X') return false;
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(`--home-dir=${home}`);
  } catch {
    return existsSync('/proc/self/stat') ? false : true; // gone meanwhile; or no /proc (macOS): trust kill(pid, 0)
  }
}

async function waitForPortFree(port: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!(await portFree(port))) {
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 250));
  }
  return true;
}

export function status(o: Pick<InstanceOptions, 'home' | 'port'>): InstanceStatus {
  const p = paths(o.home);
  const pid = readPid(p.pid);
  const running = pid !== null && ownServer(pid, p.home);
  return { running, pid: running ? pid : null, uri: uriFor(o.port), home: p.home };
}

/** Starts the server (or reuses the one this home already runs) and resolves once Bolt answers. */
export async function start(o: InstanceOptions): Promise<InstanceStatus> {
  const log = o.log ?? (() => {});
  const p = paths(o.home);
  const uri = uriFor(o.port);
  const current = status(o);
  if (current.running) {
    const problem = await waitUntilReady(uri, o, current.pid!, 60_000);
    if (problem === null) return current;
    if (problem !== EXITED)
      throw new Error(
        `Neo4j (pid ${current.pid}) runs but does not answer at ${uri}: ${problem}; see ${join(p.logs, 'neo4j.log')}`,
      );
    // it was dying (kill -9): start a new one below
  }
  if (existsSync(p.pid)) {
    log(`removing the stale pid file of a Neo4j that no longer runs (${p.pid})`);
    rmSync(p.pid, { force: true });
  }
  // a server killed a moment ago may still hold the port while the kernel tears it down
  if (!(await waitForPortFree(o.port, o.portWaitMs ?? 15_000))) {
    throw new Error(
      `port ${o.port} on 127.0.0.1 is already in use by another process; stop it or choose another port with KG_NEO4J_PORT (or point NEO4J_URI at that server)`,
    );
  }
  requireTool(
    'java',
    'install a Java 17 or 21 runtime (Debian: `apt-get install -y openjdk-17-jre-headless`), or use Docker, or set NEO4J_URI',
  );
  const major = javaMajorVersion();
  if (major < 17) throw new Error(`Neo4j ${NEO4J_VERSION} needs Java 17 or 21; \`java -version\` reports ${major}`);
  const lib = ensureJars(o.cacheRoot, NEO4J_VERSION, log);
  for (const dir of [p.conf, p.data, p.logs, p.run]) mkdirSync(dir, { recursive: true, mode: 0o700 });
  const mem = planMemory({
    totalBytes: totalmem(),
    storeBytes: folderBytes(join(p.data, 'databases')) + folderBytes(join(p.data, 'transactions')),
    instance: o.memory?.instance ?? 'main',
    heapOverride: o.memory?.heapOverride,
    pageCacheOverride: o.memory?.pageCacheOverride,
  });
  log(mem.summary);
  writePrivate(join(p.conf, 'neo4j.conf'), config(o, mem));
  const env = { ...process.env, NEO4J_HOME: p.home, NEO4J_CONF: p.conf };
  const classpath = `${lib}/*`;
  const authIni = join(p.data, 'dbms', 'auth.ini');
  if (!existsSync(authIni) && !existsSync(join(p.data, 'databases', 'system')))
    setInitialPassword(p.run, classpath, o.password, env);
  if (existsSync(authIni)) chmodSync(authIni, 0o600);
  const console = join(p.logs, 'console.log');
  const out = openSync(console, 'a');
  const child = spawn(
    'java',
    [
      ...JVM_FLAGS,
      `-Xms${mem.heapInitial}`,
      `-Xmx${mem.heapMax}`,
      '-cp',
      classpath,
      'org.neo4j.server.CommunityEntryPoint',
      `--home-dir=${p.home}`,
      `--config-dir=${p.conf}`,
    ],
    {
      env,
      detached: true,
      stdio: ['ignore', out, out],
    },
  );
  closeSync(out);
  if (child.pid === undefined) throw new Error('could not start java');
  writeFileSync(p.pid, `${child.pid}\n`);
  child.unref();
  log(`Neo4j ${NEO4J_VERSION} starting (pid ${child.pid}), logs in ${p.logs}`);
  const problem = await waitUntilReady(uri, o, child.pid, o.startTimeoutMs ?? 120_000);
  if (problem) {
    if (alive(child.pid)) process.kill(child.pid, 'SIGTERM');
    rmSync(p.pid, { force: true });
    throw new Error(
      `Neo4j did not become ready at ${uri}: ${problem}\n--- ${console} ---\n${tail(console)}\n--- see also ${join(p.logs, 'neo4j.log')}`,
    );
  }
  return status(o);
}

const EXITED = 'the java process exited';

async function waitUntilReady(uri: string, o: InstanceOptions, pid: number, timeoutMs: number): Promise<string | null> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer yet';
  while (Date.now() < deadline) {
    if (!ownServer(pid, resolve(o.home))) return EXITED;
    const problem = await canConnect(uri, o.user, o.password);
    if (problem === null) return null;
    last = problem;
    if (/authentication|unauthorized/i.test(problem)) {
      return `${problem} (this instance in ${o.home} was initialised with another password; stop it and delete that folder, or use the old password)`;
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return `timed out after ${Math.round(timeoutMs / 1000)} s (${last})`;
}

/** Stops the server cleanly (SIGTERM, then SIGKILL after the timeout). */
export async function stop(o: Pick<InstanceOptions, 'home' | 'port'>, timeoutMs = 60_000): Promise<boolean> {
  const p = paths(o.home);
  const pid = readPid(p.pid);
  if (pid === null || !ownServer(pid, p.home)) {
    rmSync(p.pid, { force: true });
    return false;
  }
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + timeoutMs;
  while (ownServer(pid, p.home) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
  if (ownServer(pid, p.home)) process.kill(pid, 'SIGKILL');
  rmSync(p.pid, { force: true });
  return true;
}
