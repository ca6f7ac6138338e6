// Configuration from the environment, validated once. Every module reads settings from here.
import { z } from 'zod';

const Env = z.object({
  NEO4J_URI: z.string().optional(),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().default('kg-password'),
  NEO4J_DATABASE: z.string().default('neo4j'),
  /** Bolt port of the Neo4j that `kg db start` runs */
  KG_NEO4J_PORT: z.coerce.number().int().min(1).max(65535).default(7687),
  /** where `kg db` keeps jars, config, data and logs */
  KG_HOME: z.string().default('.neo4j'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
});

export type Config = z.infer<typeof Env>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`invalid environment: ${problems}`);
  }
  return parsed.data;
}
