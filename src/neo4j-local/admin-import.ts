// `neo4j-admin database import full` for a local instance (src/neo4j-local/instance.ts), from the cached jars: the
// admin tool's entry point is org.neo4j.cli.AdminTool (the server's is org.neo4j.server.CommunityEntryPoint). It
// writes the store files directly, so the server must be stopped; it replaces the database whole
// (--overwrite-destination), which is why `kg ingest --bulk` checks first that the database holds nothing.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ensureJars, NEO4J_VERSION } from './jars.js';
import { status, type InstanceOptions } from './instance.js';

export interface ImportResult {
  seconds: number;
  /** the tool's last lines (its summary: nodes, relationships, properties imported) */
  output: string;
}

/** The admin tool's arguments for a full import of `database` from the CSV arguments (`--nodes=…`, `--relationships=…`). */
export function adminImportArgs(
  database: string,
  csvArgs: string[],
  arrayDelimiter: string,
  reportFile: string,
): string[] {
  return [
    'database',
    'import',
    'full',
    // the database name first: the file-list options take every word after them
    database,
    '--overwrite-destination=true',
    '--multiline-fields=true',
    `--array-delimiter=${arrayDelimiter}`,
    `--report-file=${reportFile}`,
    ...csvArgs,
  ];
}

/** Run the import into the (stopped) instance's database. Fails with the tool's own message. */
export async function adminImport(
  o: Pick<InstanceOptions, 'home' | 'port' | 'cacheRoot' | 'log'>,
  database: string,
  csvArgs: string[],
  arrayDelimiter: string,
  reportFile: string,
): Promise<ImportResult> {
  if (status(o).running) throw new Error(`Neo4j in ${o.home} is running; the import needs it stopped`);
  const home = resolve(o.home);
  const conf = join(home, 'conf');
  if (!existsSync(join(conf, 'neo4j.conf')))
    throw new Error(`no configuration in ${conf}: start the instance once (\`kg db start\`) before a bulk import`);
  const lib = ensureJars(o.cacheRoot, NEO4J_VERSION, o.log);
  const started = performance.now();
  const args = [
    '-Xmx1g',
    '-cp',
    `${lib}/*`,
    'org.neo4j.cli.AdminTool',
    ...adminImportArgs(database, csvArgs, arrayDelimiter, reportFile),
  ];
  const out: string[] = [];
  const code = await new Promise<number>((done, fail) => {
    const child = spawn('java', args, {
      env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: conf },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const keep = (b: Buffer) => {
      out.push(b.toString('utf8'));
      if (out.length > 400) out.splice(0, out.length - 400);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.once('error', fail);
    child.once('close', (c) => done(c ?? 1));
  });
  const output = out.join('').trimEnd().split('\n').slice(-25).join('\n');
  if (code !== 0) throw new Error(`neo4j-admin database import failed (exit ${code}):\n${output}`);
  return { seconds: (performance.now() - started) / 1000, output };
}
