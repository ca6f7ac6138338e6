// `kg extract`: the contract the scorers in ../shared/eval call. One bad line never stops the run:
// it gets an output line with an `error` field naming the problem.
import { printableLine } from './printable.js';
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { extract } from '../extract/index.js';
import { defaultResources } from '../extract/resources.js';
import type { ExtractionResult } from '../extract/types.js';
import { createExtractPool } from '../ingest/extract-pool.js';
import { articleIdFromHash, contentHash, extractionInput, normaliseText } from '../ingest/normalise.js';

const JsonlLine = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  text: z.string(),
  title: z.string().optional(),
  published: z.string().optional(),
  source: z.string().optional(),
});

/** The JSON printed per article: the contract's fields, without internal ones. */
export function toContract(result: ExtractionResult): Record<string, unknown> {
  return {
    ...(result.id !== undefined ? { id: result.id } : {}),
    entities: result.entities,
    relations: result.relations,
    sentences: result.sentences.map(({ index, start, end }) => ({ index, start, end })),
    ...(result.warnings.length ? { warnings: result.warnings } : {}),
  };
}

async function readAll(file: string): Promise<string> {
  if (file !== '-') return readFile(file, 'utf8');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * An article file in a format `kg ingest` reads is read the same way (front matter, markup and feed items are not
 * text; title, date and outlet are), so what this prints is what ingest stores. Standard input and other files are
 * plain text.
 */
async function extractFile(file: string): Promise<void> {
  const res = defaultResources();
  // the readers of article formats (YAML, HTML and XML parsers) load only for a file: a tenth of a second of
  // start-up that standard input never needs
  const sources = file === '-' ? null : await import('../sources/index.js');
  if (!sources?.isSupported(file)) {
    const text = await readAll(file);
    process.stdout.write(JSON.stringify(toContract(extract({ text }, res)), null, 2) + '\n');
    return;
  }
  const read = await sources.readSourceFile(file);
  for (const f of read.failures)
    process.stderr.write(
      `kg extract: ${printableLine(`${f.file}${f.item !== undefined ? ` item ${f.item}` : ''}: ${f.reason}`)}\n`,
    );
  if (!read.articles.length) {
    process.exitCode = 1;
    return;
  }
  const results = read.articles.map((a) => {
    const text = normaliseText(a.text);
    return toContract(extract(extractionInput(articleIdFromHash(contentHash(text)), text, a), res));
  });
  process.stdout.write(JSON.stringify(results.length === 1 ? results[0] : results, null, 2) + '\n');
}

export async function runExtract(file: string, opts: { jsonl: boolean; workers?: number }): Promise<void> {
  if (!opts.jsonl) return extractFile(file);
  // one thread by default: each worker loads its own resources and compiles its own rules, which on a machine busy
  // with other work costs more than it gains (bench:extract: 8.2 s with two workers against 5.8 s alone at load 4)
  const size = opts.workers ?? 1;
  const pool = size > 1 ? createExtractPool(size, { keepAlive: true }) : null;
  try {
    await pool?.ready();
    const res = pool ? null : defaultResources();
    const run = async (input: z.infer<typeof JsonlLine>): Promise<ExtractionResult> =>
      pool ? pool.extract(input) : extract(input, res!);
    await extractLines(file, run, Math.max(1, size) * 8);
  } finally {
    await pool?.close();
  }
}

/**
 * Reads JSON lines from `file` (- for standard input) and writes one result line per input line, in input order, with
 * at most `window` articles extracted and not yet written (memory stays bounded whatever the input's length).
 */
async function extractLines(
  file: string,
  run: (input: z.infer<typeof JsonlLine>) => Promise<ExtractionResult>,
  window: number,
): Promise<void> {
  const input = file === '-' ? process.stdin : (await import('node:fs')).createReadStream(file);
  const lines = createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  const out: string[] = [];
  const flush = () => {
    if (out.length) process.stdout.write(out.join(''));
    out.length = 0;
  };
  const pending: Promise<string>[] = [];
  const outcome = async (n: number, line: string): Promise<string> => {
    let id = `line${n}`;
    try {
      const parsed = JsonlLine.safeParse(JSON.parse(line));
      if (!parsed.success)
        throw new Error(
          `line ${n}: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'line'}: ${i.message}`).join('; ')}`,
        );
      id = parsed.data.id;
      return JSON.stringify(toContract(await run(parsed.data))) + '\n';
    } catch (err) {
      const message =
        err instanceof SyntaxError
          ? `line ${n}: not JSON (${err.message})`
          : err instanceof Error
            ? err.message
            : String(err);
      process.stderr.write(`kg extract: ${printableLine(message)}\n`);
      return JSON.stringify({ id, entities: [], relations: [], error: message }) + '\n';
    }
  };
  for await (const raw of lines) {
    n++;
    const line = raw.trim();
    if (!line) continue;
    pending.push(outcome(n, line));
    if (pending.length >= window) out.push(await pending.shift()!);
    if (out.length >= 256) flush();
  }
  for (const p of pending) out.push(await p);
  flush();
}
