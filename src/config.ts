// Configuration from the environment, validated once. Every module reads settings from here.
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { localPassword, readPasswordFile } from './password-file.js';

const Env = z.object({
  /** bolt:// for one server; neo4j:// (routing) for a cluster or Aura: writes go to the leader, reads to followers */
  NEO4J_URI: z
    .string()
    .regex(
      /^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s/]+\/?$/,
      'expected bolt://host:port or neo4j://host:port (also +s, +ssc)',
    )
    .optional(),
  NEO4J_USER: z.string().default('neo4j'),
  /** unset: NEO4J_PASSWORD_FILE, else the generated password in KG_HOME/password (see password-file.ts) */
  NEO4J_PASSWORD: z.string().min(1).optional(),
  NEO4J_PASSWORD_FILE: z.string().min(1).optional(),
  NEO4J_DATABASE: z.string().default('neo4j'),
  /** Bolt port of the Neo4j that `kg db start` runs */
  KG_NEO4J_PORT: z.coerce.number().int().min(1).max(65535).default(7687),
  /** how long `kg ingest` and `kg worker` retry a write while Neo4j does not answer before they report it (driver default 30 s) */
  KG_INGEST_RETRY_SECONDS: z.coerce.number().min(0).max(3600).default(30),
  /** the article queue of `kg enqueue` / `kg worker`; unset: a local redis-server on KG_REDIS_PORT under KG_HOME/redis */
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\/\S+$/, 'expected redis://[:password@]host:port or rediss://…')
    .optional(),
  KG_REDIS_PORT: z.coerce.number().int().min(1).max(65535).default(6390),
  /** where `kg db` keeps jars, config, data and logs */
  KG_HOME: z.string().default('.neo4j'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  /** extra Host names the server answers to, comma-separated (`*` for any); loopback names are always allowed */
  KG_ALLOWED_HOSTS: z.string().optional(),
  /** API requests per client address and minute; 0 turns the limit off (default in server/security.ts) */
  KG_RATE_LIMIT: z.coerce.number().int().min(0).optional(),
});

export type Config = Omit<z.infer<typeof Env>, 'NEO4J_PASSWORD' | 'NEO4J_PASSWORD_FILE'> & { NEO4J_PASSWORD: string };

const projectRoot = fileURLToPath(new URL('../', import.meta.url));

/** KG_HOME as an absolute path (relative ones are relative to the project folder). */
export function kgHome(config: Pick<Config, 'KG_HOME'>): string {
  return isAbsolute(config.KG_HOME) ? config.KG_HOME : resolve(projectRoot, config.KG_HOME);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`invalid environment: ${problems}`);
  }
  const { NEO4J_PASSWORD, NEO4J_PASSWORD_FILE, ...rest } = parsed.data;
  const password =
    NEO4J_PASSWORD ?? (NEO4J_PASSWORD_FILE ? readPasswordFile(NEO4J_PASSWORD_FILE) : localPassword(kgHome(rest)));
  return { ...rest, NEO4J_PASSWORD: password };
}
