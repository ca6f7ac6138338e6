import type { Command } from 'commander';
import { positiveWholeNumber } from './options.js';

export function registerQueue(program: Command): void {
  program
    .command('enqueue')
    .description('Read articles from files and folders and put them on the queue that `kg worker` processes')
    .argument('<paths...>', 'files or folders, as for `kg ingest`')
    .action(async (paths: string[]) => {
      const { runEnqueueCommand } = await import('../../ingest/queue/commands.js');
      process.exitCode = await runEnqueueCommand(paths);
    });

  program
    .command('worker')
    .description(
      'Take articles from the queue and store them in Neo4j, until stopped (SIGTERM/SIGINT) or, with --drain, until the queue is empty',
    )
    .option('--batch <n>', 'articles taken from the queue at a time', positiveWholeNumber('--batch'))
    .option('--threads <n>', 'extraction worker threads (default: one per core)', positiveWholeNumber('--threads'))
    .option('--drain', 'exit once the queue is empty and no entry is pending')
    .addHelpText(
      'after',
      `
Run as many workers as you like, on this machine or others (REDIS_URL and NEO4J_URI point them at the same
servers). Each entry is acknowledged only once its article is stored or has failed for good; entries of a worker
that died are taken over by another after a minute, and the writes are idempotent, so an article is never lost
and never stored twice. Articles that cannot be stored go to the stream kg:articles:failed with the reason.
`,
    )
    .action(async (opts: { batch?: number; threads?: number; drain?: boolean }) => {
      const { runWorkerCommand } = await import('../../ingest/queue/commands.js');
      process.exitCode = await runWorkerCommand(opts);
    });

  const queue = program
    .command('queue')
    .description('The local Redis server of the article queue (when REDIS_URL is unset)');
  queue
    .command('start')
    .description('start it (Debian package redis-server)')
    .action(async () => {
      const { runQueueServerCommand } = await import('../../ingest/queue/commands.js');
      await runQueueServerCommand('start');
    });
  queue
    .command('stop')
    .description('stop it; queued articles are kept on disk')
    .action(async () => {
      const { runQueueServerCommand } = await import('../../ingest/queue/commands.js');
      await runQueueServerCommand('stop');
    });
  queue
    .command('status')
    .description('backlog, pending and failed entries')
    .action(async () => {
      const { runQueueServerCommand } = await import('../../ingest/queue/commands.js');
      process.exitCode = await runQueueServerCommand('status');
    });
}
