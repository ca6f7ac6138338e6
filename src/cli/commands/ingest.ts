import type { Command } from 'commander';
import { positiveWholeNumber } from './options.js';

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('Read articles from files and folders, extract entities and relations, and store them in Neo4j')
    .argument(
      '<paths...>',
      'files or folders (searched recursively) of .txt .md .html .htm .json .jsonl .rss .xml .atom',
    )
    .option('--json', 'print the summary as JSON on stdout')
    .option(
      '--reextract',
      'extract and rewrite stored articles again even when their text and extractor version are unchanged',
    )
    .option(
      '--batch-rows <n>',
      'rows (nodes and relationships) per write transaction',
      positiveWholeNumber('--batch-rows'),
    )
    .option('--workers <n>', 'extraction worker threads (default: one per core)', positiveWholeNumber('--workers'))
    .option(
      '--bulk',
      'backfill an EMPTY database with neo4j-admin database import (the local `kg db` instance: it is stopped for the import and started again); refused when the database holds anything',
    )
    .option('--keep-csv', 'with --bulk: keep the CSV files written for the import (in the instance folder, import/)')
    .option('--no-progress', 'no progress bar (it is shown only when stderr is a terminal anyway)')
    .addHelpText(
      'after',
      `
Articles are stored many to a transaction (about --batch-rows rows each), every article whole with its
sentences, entities, mentions and relations; a transaction that fails is written again article by article,
so one bad article never keeps its neighbours out. An article
whose text is already stored by the same extractor version is reported as unchanged and nothing is written;
one stored by another extractor version (or any, with --reextract) is re-extracted and rewritten in one
transaction. A file or article that cannot
be read, extracted or written is listed with the reason, and the rest are still stored.

With --bulk, the same graph is built from the whole set at once and written with neo4j-admin into the
empty database of the local instance (docs/bulk-ingest.md); a database holding anything is refused.

Exit status: 0 when every article was stored or unchanged; 1 when anything failed (everything valid is
stored either way).
`,
    )
    .action(
      async (
        paths: string[],
        opts: {
          json?: boolean;
          progress: boolean;
          reextract?: boolean;
          batchRows?: number;
          workers?: number;
          bulk?: boolean;
          keepCsv?: boolean;
        },
      ) => {
        const { runIngestCommand, runBulkIngestCommand } = await import('../../ingest/command.js');
        if (opts.bulk) {
          if (opts.reextract || opts.batchRows !== undefined)
            throw new Error('--bulk fills an empty database: --reextract and --batch-rows do not apply to it');
          process.exitCode = await runBulkIngestCommand(paths, {
            json: opts.json === true,
            progress: opts.progress,
            keepCsv: opts.keepCsv === true,
            ...(opts.workers !== undefined ? { workers: opts.workers } : {}),
          });
          return;
        }
        process.exitCode = await runIngestCommand(paths, {
          json: opts.json === true,
          progress: opts.progress,
          reextract: opts.reextract === true,
          ...(opts.batchRows !== undefined ? { batchRows: opts.batchRows } : {}),
          ...(opts.workers !== undefined ? { workers: opts.workers } : {}),
        });
      },
    );
}
