// A short-lived cache of serialised JSON responses for whole-graph views (map, timeline), keyed by their
// validated parameters. Those views aggregate over tens of thousands of nodes, every client asks for the same
// few parameter sets, and an overview that is a few seconds old is as useful as a fresh one.
//  - Concurrent misses for one key share a single computation, so ten clients opening the page at once cost
//    one query, not ten.
//  - An entry older than `refreshAfterMs` is still served, while one background computation replaces it;
//    an entry older than `ttlMs` is never served. A body is thus at most `ttlMs` old.
//  - A failed computation is not cached: the waiting requests get the error, the next request tries again.

export interface ResponseCacheOptions {
  ttlMs: number;
  /** age from which a hit also starts a background refresh; default ttlMs / 2 */
  refreshAfterMs?: number;
  /** entries kept; the least recently stored goes first */
  maxEntries: number;
  now?: () => number;
  /** where a failed background refresh is reported */
  log?: (message: string) => void;
}

export interface ResponseCache {
  /** the JSON text of `compute()` for `key`, from the cache when fresh enough */
  json(key: string, compute: () => Promise<unknown>): Promise<string>;
  /** drop every stored body (the graph changed under them, e.g. an analyst's judgement) */
  clear(): void;
}

export function createResponseCache(options: ResponseCacheOptions): ResponseCache {
  const now = options.now ?? Date.now;
  const refreshAfter = options.refreshAfterMs ?? options.ttlMs / 2;
  const entries = new Map<string, { body: string; at: number }>();
  const pending = new Map<string, Promise<string>>();
  /** bumped by clear(), so a computation started before it is not stored */
  let generation = 0;

  const compute = (key: string, work: () => Promise<unknown>): Promise<string> => {
    const running = pending.get(key);
    if (running) return running;
    const started = now();
    const born = generation;
    const promise = work()
      .then((value) => {
        const body = JSON.stringify(value);
        // computed before a clear(): answer the requests that waited for it, but do not keep it
        if (born !== generation) return body;
        entries.delete(key);
        entries.set(key, { body, at: started });
        while (entries.size > options.maxEntries) entries.delete(entries.keys().next().value as string);
        return body;
      })
      .finally(() => {
        if (pending.get(key) === promise) pending.delete(key);
      });
    pending.set(key, promise);
    return promise;
  };

  return {
    json(key, work) {
      const hit = entries.get(key);
      const age = hit ? now() - hit.at : Infinity;
      if (hit && age < options.ttlMs) {
        if (age >= refreshAfter && !pending.has(key)) {
          compute(key, work).catch((err: unknown) =>
            options.log?.(`background refresh of ${key} failed: ${String(err)}`),
          );
        }
        return Promise.resolve(hit.body);
      }
      return compute(key, work);
    },
    clear: () => {
      generation++;
      entries.clear();
      pending.clear();
    },
  };
}
