// A test graph whose write transactions show each statement they run, with its parameters and result, to the test:
// what a writer reads and writes inside its transactions, seen from outside without changing it.
import type { ManagedTransaction, QueryResult } from 'neo4j-driver';
import type { Graph } from '../../src/graph/driver.js';

/** one statement a write transaction ran: its text as run (steady-plan.ts may have reshaped it), parameters, result */
export type SeenStatement = (cypher: string, params: Record<string, unknown> | undefined, result: QueryResult) => void;

/** `graph` with every statement of its write transactions shown to `seen` once it has run */
export function spiedGraph(graph: Graph, seen: SeenStatement): Graph {
  const spy = (tx: ManagedTransaction): ManagedTransaction =>
    new Proxy(tx, {
      get(target, prop) {
        if (prop === 'run')
          return async (cypher: string, params?: Record<string, unknown>) => {
            const result = await target.run(cypher, params);
            seen(cypher, params, result);
            return result;
          };
        const v: unknown = Reflect.get(target, prop, target);
        return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
      },
    });
  return { ...graph, write: (work) => graph.write((tx) => work(spy(tx))) };
}
