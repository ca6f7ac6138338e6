// Named paths that are not article files (defect 4): devices, FIFOs and oversized files are refused with a
// reason naming them, quickly and without reading them whole, and the rest of the batch is read.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readSources } from '../../src/sources/walk.js';

const dir = mkdtempSync(join(tmpdir(), 'kg-paths-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('named paths that are not regular files', () => {
  it('refuses /dev/zero, a FIFO (also one named .jsonl) and a 100 MB file, and reads the good file beside them', async () => {
    const fifo = join(dir, 'pipe.txt');
    const fifoJsonl = join(dir, 'pipe.jsonl');
    execFileSync('mkfifo', [fifo, fifoJsonl]);
    const big = join(dir, 'big.txt');
    writeFileSync(big, '');
    truncateSync(big, 100 * 1024 * 1024); // sparse: no disk used
    const good = join(dir, 'good.txt');
    writeFileSync(good, 'Police arrested a man in Leeds on Monday.\n');
    const rssBefore = process.memoryUsage().rss;
    const started = performance.now();
    const r = await readSources(['/dev/zero', fifo, fifoJsonl, big, good]);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(200 * 1024 * 1024);
    expect(r.articles.map((a) => a.origin.file)).toEqual([good]);
    const reasons = Object.fromEntries(r.failures.map((f) => [f.file, f.reason]));
    expect(reasons['/dev/zero']).toMatch(/not a regular file \(a device\)/);
    expect(reasons[fifo]).toMatch(/not a regular file \(a FIFO\)/);
    expect(reasons[fifoJsonl]).toMatch(/not a regular file \(a FIFO\)/);
    expect(reasons[big]).toMatch(/100\.0 MB, larger than/);
  });
});
