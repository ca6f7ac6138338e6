// A neo4j:// routing URI (a cluster or Aura) against the single local instance: the driver fetches a routing
// table from it, sends write transactions to the writer and read sessions to readers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { openGraph, type Graph } from '../../src/graph/driver.js';

describe('a neo4j:// routing URI', () => {
  let graph: Graph;
  const id = `routing_${process.pid}_${Date.now()}`;
  beforeAll(async () => {
    const base = loadConfig();
    const routed = base.NEO4J_URI!.replace(/^bolt(\+s|\+ssc)?:/, 'neo4j$1:');
    graph = await openGraph(loadConfig({ ...process.env, NEO4J_URI: routed }));
  });
  afterAll(async () => {
    await graph.write((tx) => tx.run('MATCH (a:RoutingProbe {id: $id}) DELETE a', { id }));
    await graph.close();
  });

  it('writes through the routing table and reads back in a read session', async () => {
    await graph.write((tx) => tx.run('CREATE (:RoutingProbe {id: $id})', { id }));
    const n = await graph.read(async (tx) =>
      (await tx.run('MATCH (a:RoutingProbe {id: $id}) RETURN count(a) AS n', { id })).records[0]!.get('n'),
    );
    expect(n).toBe(1);
    const roles = await graph.read(async (tx) => {
      const r = await tx.run('CALL dbms.routing.getRoutingTable({}, $db) YIELD servers RETURN servers', {
        db: graph.database,
      });
      return (r.records[0]!.get('servers') as Array<{ role: string }>).map((s) => s.role).sort();
    });
    expect(roles).toEqual(['READ', 'ROUTE', 'WRITE']);
  });

  it('refuses a URI that is not bolt:// or neo4j://, naming the variable', () => {
    expect(() => loadConfig({ NEO4J_URI: 'http://127.0.0.1:7474' })).toThrow(
      /NEO4J_URI: expected bolt:\/\/host:port or neo4j:\/\//,
    );
  });
});
