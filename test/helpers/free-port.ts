import { createServer } from 'node:net';

/** A loopback TCP port free at the time of asking (the OS's pick), for a server a test starts itself. */
export const freePort = () =>
  new Promise<number>((done) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => done(port));
    });
  });
