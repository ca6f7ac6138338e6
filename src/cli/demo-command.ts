// `kg demo` (what `npm start` runs): Neo4j up, seeds/ ingested, explorer served, URL printed.
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../config.js';
import { openGraph, SERVER_TIMEOUTS } from '../graph/driver.js';
import { applySchema } from '../graph/schema.js';
import { ingestPaths } from '../ingest/pipeline.js';
import { formatSummary } from '../ingest/report.js';
import { ensureNeo4j } from '../neo4j-local/ensure.js';
import { createApp } from '../server/app.js';
import { hostsFor } from '../server/security.js';

const SEEDS = fileURLToPath(new URL('../../seeds/', import.meta.url));

export async function runDemo(opts: { paths: string[]; port?: number }): Promise<void> {
  const say = (m: string) => process.stderr.write(`${m}\n`);
  const config = loadConfig();
  const neo4j = await ensureNeo4j(config, 'main', say);
  say(`Neo4j: ${neo4j.uri} (${neo4j.how === 'local' ? 'local server started by kg' : neo4j.how})`);
  const graph = await openGraph({ ...config, NEO4J_URI: neo4j.uri });
  await applySchema(graph);
  const paths = opts.paths.length ? opts.paths : [SEEDS];
  const summary = await ingestPaths(graph, paths, { duplicates: true });
  process.stderr.write(formatSummary(summary));

  // the explorer gets its own connections with short timeouts, so it fails fast while Neo4j is down
  const served = await openGraph({ ...config, NEO4J_URI: neo4j.uri }, SERVER_TIMEOUTS);
  const app = createApp(served, {
    allowedHosts: hostsFor(config.HOST, config.KG_ALLOWED_HOSTS),
    ...(config.KG_RATE_LIMIT !== undefined ? { rateLimitPerMinute: config.KG_RATE_LIMIT } : {}),
  });
  const port = opts.port ?? config.PORT;
  const server = app.listen(port, config.HOST);
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', (err) =>
      reject(new Error(`cannot listen on ${config.HOST}:${port}: ${err.message}; set PORT to another port`)),
    );
  });
  const address = server.address();
  const shownHost = config.HOST === '0.0.0.0' ? '127.0.0.1' : config.HOST;
  const url = `http://${shownHost}:${typeof address === 'object' && address ? address.port : port}/`;
  process.stdout.write(
    `\nExplorer ready: ${url}\n(Ctrl-C stops it${neo4j.how === 'local' ? ' and the Neo4j it started' : ''})\n`,
  );

  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    say('stopping…');
    server.close();
    await served.close();
    await graph.close();
    await neo4j.release();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown());
  process.on('SIGTERM', () => void shutdown());
}
