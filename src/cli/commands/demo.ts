import type { Command } from 'commander';

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('not implemented yet')
    .action(() => {
      throw new Error('kg demo is not implemented yet');
    });
}
