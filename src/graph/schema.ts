// Applies every cypher/*.cypher file (in name order) at start-up. Each statement must be idempotent.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Graph } from './driver.js';
import { backfillAcronyms } from './acronyms-backfill.js';
import { backfillFirstSeen } from './first-seen.js';
import { backfillFrameNameKeys } from './frame-name-keys.js';
import { backfillSurnames } from './person-surnames.js';
import { dropSentenceLinks } from './sentence-articles.js';

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

const RETRIES = 8;

function codeOf(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

/** Another process created the same rule between our IF NOT EXISTS check and our write: it is there, which is all we want. */
function createdMeanwhile(err: unknown): boolean {
  return /EquivalentSchemaRuleAlreadyExists|IndexAlreadyExists|ConstraintAlreadyExists/.test(codeOf(err));
}

/** Deadlocks and other transient errors: two processes creating schema at once. Worth trying again. */
function transient(err: unknown): boolean {
  return codeOf(err).startsWith('Neo.TransientError.') || /DeadlockDetected/.test(codeOf(err));
}

/**
 * Apply every statement. Safe to run from several processes at once (two `kg ingest` started together on a
 * fresh database): a rule another process created meanwhile counts as created, and a deadlock or other
 * transient error is retried with a growing, jittered pause.
 */
export async function applySchema(graph: Graph, dir = CYPHER_DIR): Promise<number> {
  const statements = schemaStatements(dir);
  const session = graph.driver.session({ database: graph.database });
  try {
    // Schema commands cannot share a transaction with each other; run each on its own.
    for (const statement of statements) {
      for (let attempt = 0; ; attempt++) {
        try {
          await session.run(statement);
          break;
        } catch (err) {
          if (createdMeanwhile(err)) break;
          if (!transient(err) || attempt >= RETRIES) throw err;
          await new Promise((r) => setTimeout(r, 50 * 2 ** attempt * (0.5 + Math.random())));
        }
      }
    }
    await session.run('CALL db.awaitIndexes(60)');
  } finally {
    await session.close();
  }
  await backfillFirstSeen(graph);
  await backfillSurnames(graph);
  await backfillAcronyms(graph);
  await backfillFrameNameKeys(graph);
  await dropSentenceLinks(graph);
  return statements.length;
}
