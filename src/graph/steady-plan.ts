// The batch writer's statements in the shape Neo4j plans once per process. Neo4j caches a plan by the statement's
// text and by a size bucket of each list or string parameter (1, 2–10, 11–100, 101–1000, more), and throws a cached
// plan away when the store's statistics have drifted from those it was planned with, which they always have while
// an empty store fills. A batch statement was planned again whenever its row count crossed a bucket and every few
// seconds as the store grew: 1–4 s of planning each time for the entity statement (measured in the issue-12 bench,
// most of the writer's time). Here every parameter travels inside one map parameter (`$p.rows` for `$rows`: a map has
// no size bucket), and `replan=skip` keeps the cached plan as the store grows. For statements whose plan does not
// depend on the store's size: seeks by a constrained key or by an index on the looked-up property. A statement whose
// best plan changes as the store grows (a label scan, a range seek feeding a large expansion) opts out by starting
// with its own `CYPHER replan=default` (STORE_PLANNED) and is run as it is.
import type { ManagedTransaction } from 'neo4j-driver';

const shaped = new Map<string, string>();

/** Prefix of a statement planned again as the store grows (measured: planned on a small store, it reads 4–40× more). */
export const STORE_PLANNED = 'CYPHER replan=default';

/** `$name` → `$p.name`, behind `CYPHER replan=skip` (the text is built once per statement). */
function shape(cypher: string): string {
  let out = shaped.get(cypher);
  if (out === undefined) {
    out = `CYPHER replan=skip\n${cypher.replace(/\$([A-Za-z_][A-Za-z0-9_]*)/g, '$p.$1')}`;
    shaped.set(cypher, out);
  }
  return out;
}

/** The statement and its parameters for `tx.run(...steady(cypher, params))`; a STORE_PLANNED one as it is. */
export function steady(cypher: string, params: Record<string, unknown> = {}): [string, Record<string, unknown>] {
  if (cypher.startsWith(STORE_PLANNED)) return [cypher, params];
  return [shape(cypher), { p: params }];
}

/**
 * The transaction with every statement run in the steady shape: for the batch writer and the modules it calls, whose
 * statements all seek by key or by an indexed property (the caller's own hooks get the transaction as it is).
 */
export function steadyTransaction<T extends { run: ManagedTransaction['run'] }>(tx: T): T {
  return new Proxy(tx, {
    get(target, prop) {
      if (prop === 'run')
        return (cypher: string, params?: Record<string, unknown>) => target.run(...steady(cypher, params ?? {}));
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}
