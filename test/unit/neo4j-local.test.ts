import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { initialPasswordArgs, start, status } from '../../src/neo4j-local/instance.js';

describe('local Neo4j instance management', () => {
  const home = mkdtempSync(join(tmpdir(), 'kg-neo4j-'));
  afterAll(() => rmSync(home, { recursive: true, force: true }));

  it('reports a home that never ran as not running', () => {
    expect(status({ home, port: 1 })).toMatchObject({ running: false, pid: null, uri: 'bolt://127.0.0.1:1' });
  });

  it('refuses to start on a Bolt port another process holds, naming the port', async () => {
    const blocker: Server = createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', r));
    const port = (blocker.address() as { port: number }).port;
    try {
      await expect(
        start({ home, cacheRoot: join(home, 'cache'), port, user: 'neo4j', password: 'x-password', portWaitMs: 300 }),
      ).rejects.toThrow(new RegExp(`port ${port} .*already in use`));
    } finally {
      blocker.close();
    }
  });
});

describe('the initial password', () => {
  it('comes after "--", so a generated password that begins with "-" is not taken for an option', () => {
    const args = initialPasswordArgs('/jars/*', '-Ab3');
    expect(args.slice(-2)).toEqual(['--', '-Ab3']);
    expect(args.indexOf('set-initial-password')).toBeLessThan(args.indexOf('--'));
  });
});
