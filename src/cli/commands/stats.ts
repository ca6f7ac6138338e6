import type { Command } from 'commander';

export function registerStats(program: Command): void {
  program
    .command('stats')
    .description('Count nodes by label and relationships by type in the graph')
    .option('--json', 'print {nodes, relationships, totals} as JSON')
    .action(async (opts: { json?: boolean }) => {
      const [{ loadConfig }, { openGraph }, { graphStats, formatStats }] = await Promise.all([
        import('../../config.js'),
        import('../../graph/driver.js'),
        import('../../graph/stats.js'),
      ]);
      const graph = await openGraph(loadConfig());
      try {
        const stats = await graphStats(graph);
        process.stdout.write(opts.json ? JSON.stringify(stats, null, 2) + '\n' : formatStats(stats));
      } finally {
        await graph.close();
      }
    });
}
