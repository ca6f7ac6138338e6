import type { Command } from 'commander';

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('Read articles from files and folders, extract entities and relations, and store them in Neo4j')
    .argument('<paths...>', 'files or folders (searched recursively) of .txt .md .html .htm .json .jsonl .rss .xml .atom')
    .option('--json', 'print the summary as JSON on stdout')
    .option('--reextract', 'extract and rewrite stored articles again even when their text and extractor version are unchanged')
    .option('--no-progress', 'no progress bar (it is shown only when stderr is a terminal anyway)')
    .addHelpText(
      'after',
      `
Each article is stored in one transaction with its sentences, entities, mentions and relations; an article
whose text is already stored by the same extractor version is reported as unchanged and nothing is written;
one stored by another extractor version (or any, with --reextract) is re-extracted and rewritten in one
transaction. A file or article that cannot
be read, extracted or written is listed with the reason, and the rest are still stored.

Exit status: 0 when every article was stored or unchanged; 1 when anything failed (everything valid is
stored either way).
`,
    )
    .action(async (paths: string[], opts: { json?: boolean; progress: boolean; reextract?: boolean }) => {
      const { runIngestCommand } = await import('../../ingest/command.js');
      process.exitCode = await runIngestCommand(paths, { json: opts.json === true, progress: opts.progress, reextract: opts.reextract === true });
    });
}
