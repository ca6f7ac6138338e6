// The files of the servers kg starts itself: a secret is created once and kept private; a pid file is read or
// ignored when it holds no pid.
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSecretOnce, processAlive, readPid, writePrivate } from '../../src/local-files.js';

const dir = () => mkdtempSync(join(tmpdir(), 'kg-local-files-'));

describe('local server files', () => {
  it('creates a secret once, private, and never overwrites one another process made', () => {
    const file = join(dir(), 'password');
    expect(createSecretOnce(file, 'first')).toBe(true);
    expect(createSecretOnce(file, 'second')).toBe(false);
    expect(readFileSync(file, 'utf8')).toBe('first\n');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const generated = join(dir(), 'password');
    createSecretOnce(generated);
    expect(readFileSync(generated, 'utf8').trim()).toMatch(/^[A-Za-z0-9_-]{32}$/);
  });

  it('makes an existing file private when it writes it', () => {
    const file = join(dir(), 'conf');
    writeFileSync(file, 'old', { mode: 0o644 });
    writePrivate(file, 'new');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8')).toBe('new');
  });

  it('reads a pid file, and treats a missing or garbled one as no pid', () => {
    const d = dir();
    writeFileSync(join(d, 'ok.pid'), `${process.pid}\n`);
    writeFileSync(join(d, 'bad.pid'), 'not a pid');
    expect(readPid(join(d, 'ok.pid'))).toBe(process.pid);
    expect(readPid(join(d, 'bad.pid'))).toBeNull();
    expect(readPid(join(d, 'none.pid'))).toBeNull();
    expect(processAlive(process.pid)).toBe(true);
  });
});
