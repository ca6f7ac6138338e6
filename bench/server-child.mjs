// The API server of a benchmark in its own process, so the load generator's CPU does not share its event loop.
// The benchmark script forks itself with --serve-child; the child calls serveChild and reports its port.
import { fork } from 'node:child_process';

/** In the child: listen on a free loopback port, tell the parent which, and close when the parent goes. */
export async function serveChild(graph, createApp, appOptions) {
  const server = createApp(graph, { log: (m) => console.error(m), ...appOptions }).listen(0, '127.0.0.1');
  server.once('listening', () => process.send?.({ port: server.address().port }));
  process.on('disconnect', () => {
    server.close();
    server.closeAllConnections();
    void graph.close().finally(() => process.exit(0));
  });
  await new Promise(() => {});
}

/** In the parent: fork `script` with --serve-child (and `args`); resolves to the child and its port. */
export async function startServerChild(script, args = [], stdio = 'inherit') {
  const child = fork(script, ['--serve-child', ...args], {
    stdio: stdio === 'inherit' ? 'inherit' : ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const port = await new Promise((resolve, reject) => {
    child.once('message', (m) => resolve(/** @type {{ port: number }} */ (m).port));
    child.once('exit', (code) => reject(new Error(`API server process exited (${code})`)));
  });
  return { child, port };
}
