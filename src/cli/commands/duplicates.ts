import type { Command } from 'commander';

export function registerDuplicates(program: Command): void {
  program
    .command('duplicates')
    .description('not implemented yet')
    .action(() => {
      throw new Error('kg duplicates is not implemented yet');
    });
}
