// A hash of a whole graph, to check that a change to the write path keeps the graph it writes (bench/ingest.mjs,
// bench/profile-writes.mjs --hash).
/**
 * A hash of the whole graph: each node as its sorted labels and properties, each relationship as its type, properties
 * and the two ends' node strings, all sorted. Temporal values (the database's clock: ingestedAt and the like) are
 * left out, so two writes of the same articles at different times hash alike.
 * @param {{ driver: import('neo4j-driver').Driver, database: string }} graph
 * @param {string} [dump] a file to write the sorted lines to (to diff two graphs whose hashes differ)
 */
export async function graphHash(graph, dump) {
  const { createHash } = await import('node:crypto');
  const neo4j = (await import('neo4j-driver')).default;
  const plain = (v) => {
    if (neo4j.isInt(v)) return v.toString();
    if (Array.isArray(v)) return v.map(plain);
    return v;
  };
  const temporal = (v) =>
    neo4j.isDateTime(v) || neo4j.isDate(v) || neo4j.isLocalDateTime(v) || neo4j.isTime(v) || neo4j.isDuration(v);
  const props = (p) =>
    JSON.stringify(
      Object.keys(p)
        // the writers' bookkeeping too: which batch wrote a frame (writeSeq) and the lock's epoch
        .filter((k) => !temporal(p[k]) && k !== 'writeSeq' && k !== 'epoch')
        .sort()
        .map((k) => [k, plain(p[k])]),
    );
  const s = graph.driver.session({ database: graph.database });
  try {
    const nodes = new Map();
    for (const r of (await s.run('MATCH (n) RETURN elementId(n) AS id, labels(n) AS l, properties(n) AS p')).records)
      nodes.set(r.get('id'), `${[...r.get('l')].sort().join(':')} ${props(r.get('p'))}`);
    const rels = (
      await s.run('MATCH (a)-[r]->(b) RETURN elementId(a) AS a, type(r) AS t, properties(r) AS p, elementId(b) AS b')
    ).records.map((r) => `${nodes.get(r.get('a'))} -[${r.get('t')} ${props(r.get('p'))}]-> ${nodes.get(r.get('b'))}`);
    const h = createHash('sha256');
    const lines = [...[...nodes.values()].sort(), '--', ...rels.sort()];
    for (const x of lines) h.update(x + '\n');
    if (dump) {
      // written in slices: one joined string exceeds V8's string limit at a few thousand articles
      const fs = await import('node:fs');
      const fd = fs.openSync(dump, 'w');
      try {
        for (let i = 0; i < lines.length; i += 10_000) fs.writeSync(fd, lines.slice(i, i + 10_000).join('\n') + '\n');
      } finally {
        fs.closeSync(fd);
      }
    }
    return h.digest('hex').slice(0, 16);
  } finally {
    await s.close();
  }
}
