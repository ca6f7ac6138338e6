// Lists every Person, Organization and Place node of the graph, one line each, for review as an analyst would:
// type, sentence mentions, articles, name, key, kind, country, admin1, coordinates (NOCOORD when none), precision,
// aliases, and with --reasons the merge reasons (the node's `reasons` and `identity`, joined by " ¦ ").
// usage: npm run build && node scripts/list-entities.mjs [--type person|organization|place] [--reasons] > nodes.tsv
// (connects like the CLI: NEO4J_URI, else the local server on KG_NEO4J_PORT)
import { parseArgs } from 'node:util';

const dist = new URL('../dist/', import.meta.url);
const [{ loadConfig }, { openGraph }] = await Promise.all([
  import(new URL('config.js', dist).href),
  import(new URL('graph/driver.js', dist).href),
]);
const { values } = parseArgs({ options: { type: { type: 'string' }, reasons: { type: 'boolean' } } });
const types = values.type ? [values.type] : ['person', 'organization', 'place'];
const graph = await openGraph(loadConfig());
try {
  const rows = await graph.read((tx) =>
    tx.run(
      `MATCH (e:Entity) WHERE e.type IN $types
       OPTIONAL MATCH (:Sentence)-[m:MENTIONS]->(e)
       WITH e, count(m) AS n
       RETURN e.type AS type, n, COUNT { (:Article)-[:MENTIONS]->(e) } AS articles, e.name AS name, e.key AS key, coalesce(e.kind, e.placeKind, '') AS kind,
              coalesce(e.country, '') AS country, coalesce(e.admin1, '') AS admin1, e.lat AS lat, e.lon AS lon,
              coalesce(e.precision, '') AS precision, coalesce(e.aliases, []) AS aliases,
              coalesce(e.reasons, []) + coalesce(e.identity, []) AS reasons
       ORDER BY type, name, key`,
      { types },
    ),
  );
  for (const r of rows.records) {
    const o = r.toObject();
    const coords = o.lat == null ? (o.type === 'place' ? 'NOCOORD' : '') : `${o.lat.toFixed(2)},${o.lon.toFixed(2)}`;
    const int = (x) => (typeof x === 'number' ? x : x.toNumber());
    const cols = [o.type, int(o.n), int(o.articles), o.name, o.key, o.kind, o.country, o.admin1, coords, o.precision];
    cols.push(o.aliases.join('|'));
    if (values.reasons) cols.push(o.reasons.join(' ¦ '));
    console.log(cols.join('\t'));
  }
} finally {
  await graph.close();
}
