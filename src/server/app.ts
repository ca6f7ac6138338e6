// The Express application: JSON API under /api, the built client everywhere else.
import { readFileSync } from 'node:fs';
import express, { type Express } from 'express';
import type { Graph } from '../graph/driver.js';
import { withCircuitBreaker } from './db-circuit.js';
import { apiNotFound, errorHandler } from './errors.js';
import { createResponseCache } from './response-cache.js';
import { articleRoutes } from './routes/articles.js';
import { evidenceBundleRoutes } from './routes/evidence-bundle.js';
import { entityRoutes } from './routes/entities.js';
import { judgementRoutes } from './routes/judgements.js';
import { overviewRoutes } from './routes/overview.js';
import { allowedHosts, apiRateLimit, DEFAULT_RATE_LIMIT_PER_MINUTE, LOCAL_HOSTS, securityHeaders } from './security.js';
import { searchRoutes } from './routes/search.js';
import { whatsNewRoutes } from './routes/whats-new.js';
import { clientRoutes, DEFAULT_CLIENT_DIR } from './static.js';

export interface AppOptions {
  /** directory of the built client; default client/dist */
  clientDir?: string;
  /** where internal errors are reported; default stderr */
  log?: (message: string) => void;
  /** how long map and timeline responses may be served from memory; default OVERVIEW_CACHE_MS, 0 turns it off */
  overviewCacheMs?: number;
  /** the same for search and neighbourhood responses; default LOOKUP_CACHE_MS, 0 turns it off */
  lookupCacheMs?: number;
  /**
   * the clock both response caches age their bodies by; default Date.now. A test knob: the cache tests advance it
   * past the cache time instead of waiting 10-15 s of real time.
   */
  cacheClock?: () => number;
  /** bearer token that judgement writes must carry; default KG_WRITE_TOKEN; unset = read-only */
  writeToken?: string;
  /** how long API requests fail fast after Neo4j was found unreachable (db-circuit.ts) */
  circuitCooldownMs?: number;
  /** API requests per client and minute (default DEFAULT_RATE_LIMIT_PER_MINUTE, KG_RATE_LIMIT); 0 turns the limit off */
  rateLimitPerMinute?: number;
  /** Host names the server answers to (see security.ts); default the loopback names */
  allowedHosts?: readonly string[];
}

/**
 * Map and timeline bodies are at most this old. Their article counts come from a 30 s cache already
 * (graph/queries/article-counts.ts), so this adds little staleness and takes the aggregation off most requests.
 */
export const OVERVIEW_CACHE_MS = 15_000;

/**
 * Search and neighbourhood bodies are at most this old. Autocomplete repeats the same prefixes and analysts
 * open the same hubs, whose neighbourhoods are the costliest to rank; on a small server ten concurrent users
 * otherwise queue behind each other's identical queries. The full-text index is itself eventually consistent.
 */
export const LOOKUP_CACHE_MS = 10_000;

function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version?: unknown;
    };
    return typeof pkg.version === 'string' ? pkg.version : '0.0.0';
  } catch {
    return '0.0.0';
  }
}

export function createApp(rawGraph: Graph, options: AppOptions = {}): Express {
  const graph = withCircuitBreaker(
    rawGraph,
    options.circuitCooldownMs !== undefined ? { cooldownMs: options.circuitCooldownMs } : {},
  );
  const log = options.log ?? ((m: string) => process.stderr.write(`${m}\n`));
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.use(allowedHosts(options.allowedHosts ?? LOCAL_HOSTS));
  app.use(securityHeaders());

  const api = express.Router();
  api.use(apiRateLimit(options.rateLimitPerMinute ?? DEFAULT_RATE_LIMIT_PER_MINUTE));
  const overviewCache = createResponseCache({
    ttlMs: options.overviewCacheMs ?? OVERVIEW_CACHE_MS,
    maxEntries: 200,
    log,
    now: options.cacheClock,
  });
  api.use(overviewRoutes(graph, packageVersion(), overviewCache));
  const lookupCache = createResponseCache({
    ttlMs: options.lookupCacheMs ?? LOOKUP_CACHE_MS,
    maxEntries: 5000,
    log,
    now: options.cacheClock,
  });
  api.use(searchRoutes(graph, lookupCache));
  api.use(entityRoutes(graph, lookupCache));
  api.use(articleRoutes(graph));
  api.use(whatsNewRoutes(graph));
  api.use(evidenceBundleRoutes(graph));
  const writeToken = options.writeToken ?? process.env.KG_WRITE_TOKEN;
  api.use(
    judgementRoutes(graph, { writeToken, onChange: () => [overviewCache, lookupCache].forEach((c) => c.clear()) }),
  );
  api.use(apiNotFound);

  app.use('/api', api);
  app.use(clientRoutes(options.clientDir ?? DEFAULT_CLIENT_DIR));
  app.use(errorHandler(log));
  return app;
}
