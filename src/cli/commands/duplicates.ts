// `kg duplicates --jsonl`: article lines on stdin, one JSON document on stdout, no database.
// Heavy modules (zod, the dedup core, the extractor) are imported inside the action so other commands start fast.
import type { Command } from 'commander';
import type { Readable, Writable } from 'node:stream';
import type { ArticleInput, ExtractionResult } from '../../extract/types.js';

export function registerDuplicates(program: Command): void {
  program
    .command('duplicates')
    .description(
      'Find near-duplicate articles (copies, trimmed copies, excerpts) and same-story clusters; no database needed. ' +
        'Prints one JSON document {"clusters": [[id, ...]], "pairs": [{"a","b","score","kind"}], "stories": [...]}',
    )
    .option('--jsonl', 'read lines {"id","text"[,"title","source","published"]} on standard input (required)')
    .option('--no-stories', 'skip same-story clustering (no entity extraction; much faster)')
    .action(async (opts: { jsonl?: boolean; stories: boolean }) => {
      if (opts.jsonl !== true) throw new Error('kg duplicates needs --jsonl (article lines on standard input)');
      const { skipped } = await runDuplicates(process.stdin, process.stdout, process.stderr, { stories: opts.stories });
      if (skipped > 0) process.stderr.write(`kg duplicates: ${skipped} line(s) skipped\n`);
    });
}

/**
 * Read article lines from `input`, write the duplicate report to `output`. A bad line (not JSON, missing
 * id/text, repeated id) gets a message naming the line on `errors` and is skipped; the rest is processed.
 */
export async function runDuplicates(
  input: Readable,
  output: Writable,
  errors: Writable,
  opts: { stories: boolean },
): Promise<{ articles: number; skipped: number }> {
  const [{ createInterface }, { z }, { DuplicateReportBuilder }, { defaultWordLists }] = await Promise.all([
    import('node:readline'),
    import('zod'),
    import('../../dedup/index.js'),
    import('../../extract/resources.js'),
  ]);
  const extract = opts.stories ? await storyExtractor() : null;
  const Line = z.object({
    id: z.union([z.string().min(1), z.number()]).transform(String),
    text: z.string(),
    title: z.string().optional(),
    source: z.string().optional(),
    published: z.string().optional(),
  });
  const builder = new DuplicateReportBuilder(opts.stories, defaultWordLists());
  const lines = createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  let articles = 0;
  let skipped = 0;
  const skip = (why: string) => {
    skipped++;
    errors.write(`kg duplicates: line ${n}: ${why}; skipped\n`);
  };
  for await (const raw of lines) {
    n++;
    const line = raw.trim();
    if (!line) continue;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (err) {
      skip(`not JSON (${err instanceof Error ? err.message : String(err)})`);
      continue;
    }
    const parsed = Line.safeParse(json);
    if (!parsed.success) {
      skip(parsed.error.issues.map((i) => `${i.path.join('.') || 'line'}: ${i.message}`).join('; '));
      continue;
    }
    const article = parsed.data;
    if (builder.has(article.id)) {
      skip(`id ${JSON.stringify(article.id)} already seen`);
      continue;
    }
    let extraction;
    if (extract) {
      try {
        extraction = extract(article);
      } catch (err) {
        errors.write(
          `kg duplicates: line ${n}: entity extraction failed (${err instanceof Error ? err.message : String(err)}); article kept for near-duplicates only\n`,
        );
      }
    }
    builder.add(article, extraction);
    articles++;
  }
  const { clusters, pairs, stories } = builder.build();
  const doc = stories ? { clusters, pairs, stories } : { clusters, pairs };
  await new Promise<void>((resolve, reject) =>
    output.write(JSON.stringify(doc) + '\n', (err) => (err ? reject(err) : resolve())),
  );
  return { articles, skipped };
}

/** extraction with the project's resources, loaded once */
async function storyExtractor(): Promise<(input: ArticleInput) => ExtractionResult> {
  const [{ extract }, { defaultResources }] = await Promise.all([
    import('../../extract/index.js'),
    import('../../extract/resources.js'),
  ]);
  const res = defaultResources();
  return (input) => extract(input, res);
}
