import type { Command } from 'commander';
import { positiveWholeNumber } from './options.js';

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('Extract entities, incidents and relations from one article (FILE or - for stdin); no database needed')
    .argument(
      '[file]',
      'an article file read as `kg ingest` reads it (.md front matter, HTML, JSON, feeds: several articles print a JSON array), or - for plain text on standard input',
      '-',
    )
    .option(
      '--jsonl',
      'read lines {"id","text"[,"title","published","source"]} on stdin, write one result line per input',
    )
    .option(
      '--workers <n>',
      'with --jsonl: extraction worker threads, results in input order (default 1: this thread)',
      positiveWholeNumber('--workers'),
    )
    .action(async (file: string, opts: { jsonl?: boolean; workers?: number }) => {
      const { runExtract } = await import('../extract-command.js');
      await runExtract(file, {
        jsonl: opts.jsonl === true,
        ...(opts.workers !== undefined ? { workers: opts.workers } : {}),
      });
    });
}
