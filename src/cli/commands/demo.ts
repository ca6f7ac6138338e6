import type { Command } from 'commander';

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description(
      'Start Neo4j (NEO4J_URI, else Docker, else a local server from its jars), ingest seeds/ (or PATHs), serve the explorer and print its URL',
    )
    .argument('[paths...]', 'files or folders to ingest instead of seeds/')
    .option('-p, --port <port>', 'HTTP port (default: PORT or 3000)', (v) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`--port must be an integer 0-65535, got "${v}"`);
      return n;
    })
    .action(async (paths: string[], opts: { port?: number }) => {
      const { runDemo } = await import('../demo-command.js');
      await runDemo({ paths, ...(opts.port !== undefined ? { port: opts.port } : {}) });
    });
}
