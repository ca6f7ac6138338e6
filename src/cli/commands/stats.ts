import type { Command } from 'commander';

export function registerStats(program: Command): void {
  program
    .command('stats')
    .description('not implemented yet')
    .action(() => {
      throw new Error('kg stats is not implemented yet');
    });
}
