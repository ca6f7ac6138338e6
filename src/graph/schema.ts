// Applies every cypher/*.cypher file (in name order) at start-up. Each statement must be idempotent.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Graph } from './driver.js';

const CYPHER_DIR = fileURLToPath(new URL('../../cypher/', import.meta.url));

/** Splits a .cypher file into statements: `//` comment lines dropped, statements end with `;`. */
export function parseCypherFile(source: string): string[] {
  return source
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

export function schemaStatements(dir = CYPHER_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .flatMap((f) => parseCypherFile(readFileSync(join(dir, f), 'utf8')));
}

export async function applySchema(graph: Graph, dir = CYPHER_DIR): Promise<number> {
  const statements = schemaStatements(dir);
  const session = graph.driver.session({ database: graph.database });
  try {
    // Schema commands cannot share a transaction with each other; run each on its own.
    for (const statement of statements) await session.run(statement);
    await session.run('CALL db.awaitIndexes(60)');
  } finally {
    await session.close();
  }
  return statements.length;
}
