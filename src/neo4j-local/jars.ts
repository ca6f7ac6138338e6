// Resolves the Neo4j Community server's own jar set from Maven Central with `mvn`, once, into a cache folder.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const NEO4J_VERSION = '5.26.16';

function pom(version: string): string {
  return `<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local.kg</groupId><artifactId>neo4j-runtime</artifactId><version>1</version><packaging>pom</packaging>
  <dependencies>
    <dependency><groupId>org.neo4j</groupId><artifactId>neo4j</artifactId><version>${version}</version></dependency>
  </dependencies>
</project>
`;
}

/** Fails with a message naming what to install when a tool is missing. */
export function requireTool(tool: 'java' | 'mvn', hint: string): void {
  const r = spawnSync(tool, ['-version'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) {
    throw new Error(`\`${tool}\` was not found on PATH; ${hint}`);
  }
}

export function javaMajorVersion(): number {
  const r = spawnSync('java', ['-version'], { encoding: 'utf8' });
  const m = /version "(\d+)/.exec(`${r.stderr}${r.stdout}`);
  return m ? Number(m[1]) : 0;
}

/** Returns the folder of jars, downloading them on first use. A second call is a cache hit (no network). */
export function ensureJars(cacheRoot: string, version = NEO4J_VERSION, log: (msg: string) => void = () => {}): string {
  const dir = join(cacheRoot, `neo4j-${version}`);
  const lib = join(dir, 'lib');
  const marker = join(dir, '.complete');
  if (existsSync(marker) && existsSync(lib) && readdirSync(lib).length > 0) return lib;
  requireTool(
    'mvn',
    'install Maven (Debian: `apt-get install -y maven`), or use Docker (`docker compose up`), or point NEO4J_URI at a running Neo4j',
  );
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'pom.xml'), pom(version));
  log(`resolving org.neo4j:neo4j:${version} and its dependencies with mvn (first start only, about a minute)…`);
  const r = spawnSync(
    'mvn',
    ['-q', '-B', '-f', join(dir, 'pom.xml'), 'dependency:copy-dependencies', `-DoutputDirectory=${lib}`],
    {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  if (r.status !== 0) {
    const out = `${r.stdout ?? ''}${r.stderr ?? ''}`.trim().split('\n').slice(-15).join('\n');
    throw new Error(`mvn could not resolve org.neo4j:neo4j:${version} (exit ${r.status}):\n${out}`);
  }
  writeFileSync(marker, new Date().toISOString() + '\n');
  return lib;
}
