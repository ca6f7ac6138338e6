import type { Command } from 'commander';

export function registerDb(program: Command): void {
  const db = program
    .command('db')
    .description(
      'Run a local Neo4j 5.26 Community server from its own jars (no Docker needed; needs Java 17+ and Maven)',
    );
  db.command('start')
    .description('start it (first start downloads the jars with mvn into .cache/neo4j; later starts reuse them)')
    .option('--test', 'the separate instance the test suite uses (port KG_NEO4J_PORT+1)')
    .action(async (opts: { test?: boolean }) => {
      const [{ loadConfig }, { instanceOptions }, { start }] = await Promise.all([
        import('../../config.js'),
        import('../../neo4j-local/ensure.js'),
        import('../../neo4j-local/instance.js'),
      ]);
      const o = instanceOptions(loadConfig(), opts.test ? 'test' : 'main', (m) => process.stderr.write(`${m}\n`));
      const s = await start(o);
      process.stdout.write(`Neo4j running at ${s.uri} (pid ${s.pid}; data and logs in ${s.home})\n`);
    });
  db.command('stop')
    .description('stop it cleanly')
    .option('--test', 'the test instance')
    .action(async (opts: { test?: boolean }) => {
      const [{ loadConfig }, { instanceOptions }, { stop }] = await Promise.all([
        import('../../config.js'),
        import('../../neo4j-local/ensure.js'),
        import('../../neo4j-local/instance.js'),
      ]);
      const stopped = await stop(instanceOptions(loadConfig(), opts.test ? 'test' : 'main'));
      process.stdout.write(stopped ? 'Neo4j stopped\n' : 'Neo4j was not running\n');
    });
  db.command('status')
    .description('say whether it runs, where, and with which pid')
    .option('--test', 'the test instance')
    .option('--json', 'print JSON')
    .action(async (opts: { test?: boolean; json?: boolean }) => {
      const [{ loadConfig }, { instanceOptions }, { status }] = await Promise.all([
        import('../../config.js'),
        import('../../neo4j-local/ensure.js'),
        import('../../neo4j-local/instance.js'),
      ]);
      const s = status(instanceOptions(loadConfig(), opts.test ? 'test' : 'main'));
      process.stdout.write(
        opts.json
          ? `${JSON.stringify(s)}\n`
          : s.running
            ? `running at ${s.uri} (pid ${s.pid}; ${s.home})\n`
            : `not running (${s.home})\n`,
      );
      if (!s.running) process.exitCode = 3;
    });
}
