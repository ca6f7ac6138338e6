// `kg extract`: the contract the scorers in ../shared/eval call. One bad line never stops the run:
// it gets an output line with an `error` field naming the problem.
import { printableLine } from './printable.js';
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { extract } from '../extract/index.js';
import { defaultResources } from '../extract/resources.js';
import type { ExtractionResult } from '../extract/types.js';
import { articleIdFromHash, contentHash, extractionInput, normaliseText } from '../ingest/normalise.js';
import { isSupported, readSourceFile } from '../sources/index.js';

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
  if (file === '-' || !isSupported(file)) {
    const text = await readAll(file);
    process.stdout.write(JSON.stringify(toContract(extract({ text }, res)), null, 2) + '\n');
    return;
  }
  const read = await readSourceFile(file);
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

export async function runExtract(file: string, opts: { jsonl: boolean }): Promise<void> {
  if (!opts.jsonl) return extractFile(file);
  const res = defaultResources();
  const input = file === '-' ? process.stdin : (await import('node:fs')).createReadStream(file);
  const lines = createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  const out: string[] = [];
  const flush = () => {
    if (out.length) process.stdout.write(out.join(''));
    out.length = 0;
  };
  for await (const raw of lines) {
    n++;
    const line = raw.trim();
    if (!line) continue;
    let id = `line${n}`;
    try {
      const parsed = JsonlLine.safeParse(JSON.parse(line));
      if (!parsed.success)
        throw new Error(
          `line ${n}: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'line'}: ${i.message}`).join('; ')}`,
        );
      id = parsed.data.id;
      out.push(JSON.stringify(toContract(extract(parsed.data, res))) + '\n');
    } catch (err) {
      const message =
        err instanceof SyntaxError
          ? `line ${n}: not JSON (${err.message})`
          : err instanceof Error
            ? err.message
            : String(err);
      out.push(JSON.stringify({ id, entities: [], relations: [], error: message }) + '\n');
      process.stderr.write(`kg extract: ${printableLine(message)}\n`);
    }
    if (out.length >= 256) flush();
  }
  flush();
}
