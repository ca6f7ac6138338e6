// One place that opens the queue's Redis connection: REDIS_URL if set, else the local server (redis-local.ts).
import { join } from 'node:path';
import { Redis, type RedisOptions } from 'ioredis';
import { kgHome, type Config } from '../../config.js';
import { redisPassword, startRedis, type RedisInstance } from './redis-local.js';

export const localRedis = (config: Config, log?: (m: string) => void): RedisInstance => ({
  home: join(kgHome(config), 'redis'),
  port: config.KG_REDIS_PORT,
  ...(log ? { log } : {}),
});

/**
 * A client speaking RESP2, whose stream replies have the documented nested-array shapes the queue parses
 * (ioredis 6 defaults to RESP3, where XREADGROUP's map arrives flattened).
 */
export function redisClient(target: string | RedisOptions): Redis {
  const options: RedisOptions = { protocol: 2, lazyConnect: true };
  return typeof target === 'string' ? new Redis(target, options) : new Redis({ ...target, ...options });
}

/** A connected client; the local server is started when no REDIS_URL is configured. */
export async function openRedis(config: Config, log?: (m: string) => void): Promise<Redis> {
  let client: Redis;
  if (config.REDIS_URL) {
    client = redisClient(config.REDIS_URL);
  } else {
    const local = localRedis(config, log);
    await startRedis(local);
    client = redisClient({ host: '127.0.0.1', port: local.port, password: redisPassword(local.home) });
  }
  try {
    await client.connect();
  } catch (err) {
    client.disconnect();
    const where = config.REDIS_URL ? 'REDIS_URL' : `127.0.0.1:${config.KG_REDIS_PORT}`;
    throw new Error(`cannot reach Redis at ${where}: ${err instanceof Error ? err.message : String(err)}`);
  }
  return client;
}
