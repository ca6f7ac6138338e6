// The batch writer's statements in the shape Neo4j plans once (src/graph/steady-plan.ts): parameters in one map
// parameter, no re-planning as the store grows, and the opt-out for statements planned by the store.
import { describe, expect, it } from 'vitest';
import { STORE_PLANNED, steady, steadyTransaction } from '../../src/graph/steady-plan.js';

describe('steady plans for the batch writer', () => {
  it('moves every parameter into one map parameter behind replan=skip', () => {
    const [cypher, params] = steady('UNWIND $rows AS row MATCH (e:Entity {key: row.key}) WHERE e.x = $x_1 RETURN 1', {
      rows: [1, 2, 3],
      x_1: 'a',
    });
    expect(cypher).toBe(
      'CYPHER replan=skip\nUNWIND $p.rows AS row MATCH (e:Entity {key: row.key}) WHERE e.x = $p.x_1 RETURN 1',
    );
    expect(params).toEqual({ p: { rows: [1, 2, 3], x_1: 'a' } });
  });

  it('runs a statement planned by the store as it is', () => {
    const q = `${STORE_PLANNED}\nMATCH (o:Organization) WHERE o.name IN $names RETURN o`;
    expect(steady(q, { names: ['A'] })).toEqual([q, { names: ['A'] }]);
  });

  it('wraps run and leaves the rest of the transaction alone', async () => {
    const calls: unknown[][] = [];
    const tx = {
      run: (...args: unknown[]) => {
        calls.push(args);
        return Promise.resolve('ok');
      },
      marker: 7,
    };
    const wrapped = steadyTransaction(tx as never) as unknown as typeof tx;
    await wrapped.run('RETURN $a', { a: 1 });
    expect(calls).toEqual([['CYPHER replan=skip\nRETURN $p.a', { p: { a: 1 } }]]);
    expect(wrapped.marker).toBe(7);
  });
});
