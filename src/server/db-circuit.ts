// A circuit breaker in front of the database for the API: while Neo4j is unreachable, requests fail at once with
// a 503 instead of each waiting for the driver's connection and retry timeouts (30 s and more), and the server
// notices by itself when it is back.
import type { Graph } from '../graph/driver.js';

export type CircuitState = 'closed' | 'open' | 'half-open';

export interface CircuitOptions {
  /** how long requests fail fast after a failure before one is let through to try again (default 2 s) */
  cooldownMs?: number;
  now?: () => number;
}

export interface GuardedGraph extends Graph {
  circuit(): CircuitState;
}

/** The driver's codes for "no connection to the database". */
export function isUnavailable(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === 'ServiceUnavailable' || code === 'SessionExpired';
}

export class CircuitOpenError extends Error {
  readonly code = 'ServiceUnavailable';
  constructor(readonly retryAfterMs: number) {
    super('the graph database is not reachable (failing fast until it answers again)');
  }
}

export const DEFAULT_COOLDOWN_MS = 2000;

export function withCircuitBreaker(graph: Graph, options: CircuitOptions = {}): GuardedGraph {
  const cooldownMs = options.cooldownMs ?? DEFAULT_COOLDOWN_MS;
  const now = options.now ?? Date.now;
  let openedAt: number | null = null;
  let probing = false;
  const state = (): CircuitState =>
    openedAt === null ? 'closed' : probing || now() - openedAt < cooldownMs ? 'open' : 'half-open';

  async function guarded<T>(run: () => Promise<T>): Promise<T> {
    const s = state();
    if (s === 'open') throw new CircuitOpenError(Math.max(0, cooldownMs - (now() - (openedAt ?? now()))));
    const probe = s === 'half-open';
    if (probe) probing = true; // one request at a time tries the database while it is open
    try {
      const result = await run();
      openedAt = null;
      return result;
    } catch (err) {
      if (isUnavailable(err)) openedAt = now();
      else if (probe) openedAt = null; // it answered, with some other error
      throw err;
    } finally {
      if (probe) probing = false;
    }
  }

  return {
    ...graph,
    read: (work) => guarded(() => graph.read(work)),
    write: (work) => guarded(() => graph.write(work)),
    close: () => graph.close(),
    circuit: state,
  };
}

/** Resolves with `promise`, or with `fallback` after `ms`. */
export function within<T>(promise: Promise<T>, ms: number, fallback: T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(fallback), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
