// Finds or starts the Neo4j the app talks to: NEO4J_URI if set, else Docker where an engine runs,
// else a local server started from its own jars (src/neo4j-local/instance.ts).
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config } from '../config.js';
import { start, stop, status, type InstanceOptions } from './instance.js';

export type InstanceName = 'main' | 'test';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

export function instanceOptions(config: Config, name: InstanceName, log?: (m: string) => void): InstanceOptions {
  const home = resolve(projectRoot, config.KG_HOME, name);
  return {
    home,
    cacheRoot: resolve(projectRoot, process.env.KG_NEO4J_CACHE ?? join('.cache', 'neo4j')),
    port: name === 'test' ? config.KG_NEO4J_PORT + 1 : config.KG_NEO4J_PORT,
    user: config.NEO4J_USER,
    password: config.NEO4J_PASSWORD,
    memory: {
      instance: name,
      heapOverride: process.env.KG_NEO4J_HEAP || undefined,
      pageCacheOverride: process.env.KG_NEO4J_PAGECACHE || undefined,
    },
    ...(log ? { log } : {}),
  };
}

function dockerEngineRuns(): boolean {
  const r = spawnSync('docker', ['info', '--format', '{{.ServerVersion}}'], { encoding: 'utf8', timeout: 5000 });
  return r.status === 0 && r.stdout.trim().length > 0;
}

export interface Neo4jHandle {
  uri: string;
  how: 'NEO4J_URI' | 'docker' | 'local';
  /** stops what this call started (nothing for NEO4J_URI or an instance that was already running) */
  release(): Promise<void>;
}

export async function ensureNeo4j(
  config: Config,
  name: InstanceName,
  log: (m: string) => void = () => {},
): Promise<Neo4jHandle> {
  if (config.NEO4J_URI) return { uri: config.NEO4J_URI, how: 'NEO4J_URI', release: async () => {} };
  const hasJava = spawnSync('java', ['-version'], { encoding: 'utf8' }).status === 0;
  if (!hasJava && name === 'main' && dockerEngineRuns()) {
    log('starting Neo4j with Docker (docker compose up -d --wait neo4j)…');
    const r = spawnSync(
      'docker',
      ['compose', '-f', join(projectRoot, 'docker-compose.yml'), 'up', '-d', '--wait', 'neo4j'],
      {
        stdio: 'inherit',
        // the password reaches compose through the environment, never the command line
        env: { ...process.env, NEO4J_USER: config.NEO4J_USER, NEO4J_PASSWORD: config.NEO4J_PASSWORD },
      },
    );
    if (r.status !== 0) throw new Error('docker compose could not start the neo4j service');
    return { uri: `bolt://127.0.0.1:${config.KG_NEO4J_PORT}`, how: 'docker', release: async () => {} };
  }
  return startLocalNeo4j(instanceOptions(config, name, log));
}

/** Start a local instance (or use it when it is already running); releasing stops it only if this call started it. */
export async function startLocalNeo4j(opts: InstanceOptions): Promise<Neo4jHandle> {
  const wasRunning = status(opts).running;
  const s = await start(opts);
  return {
    uri: s.uri,
    how: 'local',
    release: async () => {
      if (!wasRunning) await stop(opts);
    },
  };
}
