import type { Command } from 'commander';

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('not implemented yet')
    .action(() => {
      throw new Error('kg ingest is not implemented yet');
    });
}
