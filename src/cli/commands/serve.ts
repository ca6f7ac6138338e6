import type { Command } from 'commander';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the HTTP API and the explorer client on HOST:PORT (default 127.0.0.1:3000)')
    .option('-p, --port <port>', 'port to listen on (overrides PORT)')
    .option('--host <host>', 'address to listen on (overrides HOST)')
    .action(async (opts: { port?: string; host?: string }) => {
      const [{ loadConfig }, { openGraph, SERVER_TIMEOUTS }, { applySchema }, { createApp }, { hostsFor }] =
        await Promise.all([
          import('../../config.js'),
          import('../../graph/driver.js'),
          import('../../graph/schema.js'),
          import('../../server/app.js'),
          import('../../server/security.js'),
        ]);
      const config = loadConfig({
        ...process.env,
        ...(opts.port !== undefined ? { PORT: opts.port } : {}),
        ...(opts.host !== undefined ? { HOST: opts.host } : {}),
      });
      const graph = await openGraph(config, SERVER_TIMEOUTS);
      try {
        await applySchema(graph);
      } catch (err) {
        await graph.close();
        throw err;
      }
      const app = createApp(graph, {
        allowedHosts: hostsFor(config.HOST, config.KG_ALLOWED_HOSTS),
        ...(config.KG_RATE_LIMIT !== undefined ? { rateLimitPerMinute: config.KG_RATE_LIMIT } : {}),
      });
      const server = app.listen(config.PORT, config.HOST);
      await new Promise<void>((resolve, reject) => {
        server.once('listening', resolve);
        server.once('error', (err) =>
          reject(new Error(`cannot listen on ${config.HOST}:${config.PORT}: ${err.message}`)),
        );
      }).catch(async (err: unknown) => {
        await graph.close();
        throw err;
      });
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : config.PORT;
      const host = config.HOST.includes(':') ? `[${config.HOST}]` : config.HOST;
      process.stdout.write(`kg serve: listening on http://${host}:${port}/\n`);
      const shutdown = () => {
        server.close();
        server.closeAllConnections();
        void graph.close().finally(() => process.exit(0));
      };
      process.once('SIGINT', shutdown);
      process.once('SIGTERM', shutdown);
    });
}
