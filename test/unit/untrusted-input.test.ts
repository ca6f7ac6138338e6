// Hostile article files: nothing in a file may run code, and each bad file is a failure naming it.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseFile } from '../../src/sources/parse.js';

const enc = (s: string) => new TextEncoder().encode(s);
const scratch = mkdtempSync(join(tmpdir(), 'kg-untrusted-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('Markdown front matter (defect 1: code execution)', () => {
  for (const lang of ['js', 'javascript', 'coffee']) {
    it(`---${lang} front matter is refused with a reason naming the file, and nothing runs`, () => {
      const marker = join(scratch, `pwned-${lang}`);
      const md = `---${lang}\n{ title: (require('fs').writeFileSync(${JSON.stringify(marker)}, 'x'), 'T') }\n---\nPolice arrested a man in Leeds on Monday.\n`;
      const r = parseFile('evil.md', enc(md));
      expect(existsSync(marker)).toBe(false);
      expect(r.articles).toEqual([]);
      expect(r.failures[0]).toMatchObject({
        file: 'evil.md',
        reason: expect.stringMatching(/front matter.*only YAML/i),
      });
    });
  }
  it('custom YAML tags are refused, not resolved', () => {
    const r = parseFile(
      'tag.md',
      enc('---\ntitle: !!js/function "function () { return 1 }"\n---\nPolice arrested a man.\n'),
    );
    expect(r.articles).toEqual([]);
    expect(r.failures[0]).toMatchObject({ file: 'tag.md', reason: expect.stringContaining('front matter') });
  });
  it('a YAML alias bomb is refused quickly', () => {
    const lines = ['---', 'a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 10; i++)
      lines.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(',')}]`,
      );
    lines.push('title: *j', '---', 'Police arrested a man.');
    const started = performance.now();
    const r = parseFile('bomb.md', enc(lines.join('\n')));
    expect(performance.now() - started).toBeLessThan(2000);
    expect(r.articles).toEqual([]);
    expect(r.failures[0]).toMatchObject({ file: 'bomb.md', reason: expect.stringContaining('front matter') });
  });
  it('plain YAML front matter still works, with a ---yaml marker too', () => {
    for (const open of ['---', '---yaml']) {
      const r = parseFile(
        'ok.md',
        enc(`${open}\ntitle: Raid in Leeds\npublished: 2025-03-04\n---\nPolice arrested a man.\n`),
      );
      expect(r.failures).toEqual([]);
      expect(r.articles[0]).toMatchObject({
        title: 'Raid in Leeds',
        published: '2025-03-04',
        text: 'Police arrested a man.',
      });
    }
  });
});

// The audit of the other readers for the same class: they parse data and never evaluate it.
describe('feeds, JSON and HTML parse data only', () => {
  it('an external entity (XXE) is refused and no file is read', () => {
    const xxe =
      '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss><channel><title>t</title><item><title>a</title><description>Police said &x; today.</description></item></channel></rss>';
    const r = parseFile('xxe.rss', enc(xxe));
    expect(JSON.stringify(r)).not.toContain('root:');
    expect(r.articles).toEqual([]);
    expect(r.failures[0]).toMatchObject({ file: 'xxe.rss', reason: expect.stringContaining('External entities') });
  });
  it('nested internal entities (billion laughs) are not expanded', () => {
    let lol = '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY l0 "lol">';
    for (let i = 1; i < 10; i++) lol += `<!ENTITY l${i} "${`&l${i - 1};`.repeat(10)}">`;
    lol +=
      ']><rss><channel><title>t</title><item><title>a</title><description>Police &l9; said.</description></item></channel></rss>';
    const started = performance.now();
    const r = parseFile('lol.rss', enc(lol));
    expect(performance.now() - started).toBeLessThan(2000);
    expect(JSON.stringify(r).length).toBeLessThan(2000);
  });
  it('JSON with a __proto__ key and 100,000-deep nesting is data, not a prototype or a stack overflow', () => {
    const r = parseFile(
      'proto.json',
      enc('{"__proto__": {"polluted": true}, "text": "Police arrested a man.", "title": "T"}'),
    );
    expect(r.articles[0]).toMatchObject({ title: 'T' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const deep = parseFile('deep.json', enc('['.repeat(100_000) + ']'.repeat(100_000)));
    expect(deep.articles).toEqual([]);
    expect(deep.failures[0]).toMatchObject({ file: 'deep.json' });
  });
  it('scripts in HTML are never run or read as text', () => {
    const html =
      '<html><body><div><p>Police arrested a man.</p><script>globalThis.ran = 1</script><img src=x onerror="globalThis.ran = 2"></div></body></html>';
    const r = parseFile('script.html', enc(html));
    expect((globalThis as Record<string, unknown>).ran).toBeUndefined();
    expect(r.articles[0]?.text).toBe('Police arrested a man.');
  });
  it('HTML 100,000 elements deep is refused quickly with a reason (the parser is quadratic in depth: was 76 s)', () => {
    const html = `<html><body>${'<div>'.repeat(100_000)}<p>Police arrested a man.</p>${'</div>'.repeat(100_000)}</body></html>`;
    const started = performance.now();
    const r = parseFile('deep.html', enc(html));
    expect(performance.now() - started).toBeLessThan(5000);
    expect(r.failures[0]).toMatchObject({ file: 'deep.html', reason: expect.stringContaining('nested deeper than') });
    const feed = `<rss><channel><title>t</title><item><title>a</title><description><![CDATA[${'<b>'.repeat(50_000)}x]]></description></item></channel></rss>`;
    expect(parseFile('deep.rss', enc(feed)).failures[0]).toMatchObject({
      file: 'deep.rss',
      reason: expect.stringContaining('nested deeper than'),
    });
  });
});

describe('article links (defect 9)', () => {
  it('only http(s) URLs are kept; the article is stored without the others', () => {
    for (const bad of [
      'javascript:alert(document.domain)',
      'JaVaScRiPt:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:x',
      '/relative/path',
      'file:///etc/passwd',
    ]) {
      const r = parseFile('a.json', enc(JSON.stringify({ text: 'Police arrested a man.', url: bad })));
      expect(r.failures).toEqual([]);
      expect(r.articles[0]!.url).toBeNull();
    }
    const ok = parseFile('b.md', enc('---\nurl: https://example.org/a?b=1\n---\nPolice arrested a man.\n'));
    expect(ok.articles[0]!.url).toBe('https://example.org/a?b=1');
  });
});

describe('Markdown conversion is linear (defect 2)', () => {
  it('one 200,000-character line of brackets, tags or markers converts in well under a second each (was 176 s)', () => {
    const n = 200_000;
    const lines = [
      '['.repeat(n),
      '!['.repeat(n / 2),
      '<'.repeat(n),
      '[a]('.repeat(n / 4),
      '[x]['.repeat(n / 4),
      '**a'.repeat(n / 3),
      '*a'.repeat(n / 2),
      '_a'.repeat(n / 2),
      '- '.repeat(n / 2) + 'x',
      '# ' + ' #'.repeat(n / 2) + 'x',
      '`a'.repeat(n / 2),
    ];
    for (const line of lines) {
      const started = performance.now();
      const r = parseFile('slow.md', enc(`Police arrested a man.\n\n${line}\n`));
      const ms = performance.now() - started;
      expect(ms, `${JSON.stringify(line.slice(0, 6))}… took ${Math.round(ms)} ms`).toBeLessThan(3000);
      expect(r.articles).toHaveLength(1);
    }
  });
});

describe('over-broad rejections (defect 14)', () => {
  const utf16 = (s: string, be: boolean) => {
    const out = new Uint8Array(2 + s.length * 2);
    out.set(be ? [0xfe, 0xff] : [0xff, 0xfe]);
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      out[2 + i * 2 + (be ? 1 : 0)] = c & 0xff;
      out[2 + i * 2 + (be ? 0 : 1)] = c >> 8;
    }
    return out;
  };
  it('UTF-16 with a byte-order mark (LE and BE) is decoded, not rejected as binary', () => {
    for (const be of [false, true]) {
      const r = parseFile(
        'win.txt',
        utf16('Raid in Lyon\n\nPolice arrested a man in Lyon on Monday — café owner said.\n', be),
      );
      expect(r.failures).toEqual([]);
      expect(r.articles[0]).toMatchObject({
        title: 'Raid in Lyon',
        text: 'Police arrested a man in Lyon on Monday — café owner said.',
      });
    }
  });
  it('one NUL byte in a JSON Lines file rejects only its line', async () => {
    const lines = [
      JSON.stringify({ text: 'Police arrested a man in Leeds.' }),
      `{"text": "bad\u0000line"}`,
      JSON.stringify({ text: 'Police raided a flat in York.' }),
    ].join('\n');
    const r = parseFile('mixed.jsonl', enc(lines));
    expect(r.articles.map((a) => a.text)).toEqual(['Police arrested a man in Leeds.', 'Police raided a flat in York.']);
    expect(r.failures).toEqual([
      expect.objectContaining({ file: 'mixed.jsonl', item: 1, reason: expect.stringContaining('line 2') }),
    ]);
    // the streaming reader (used by kg ingest) does the same
    const { writeFileSync } = await import('node:fs');
    const file = join(scratch, 'mixed.jsonl');
    writeFileSync(file, lines);
    const { readSources } = await import('../../src/sources/walk.js');
    const streamed = await readSources([file]);
    expect(streamed.articles).toHaveLength(2);
    expect(streamed.failures).toEqual([expect.objectContaining({ item: 1, reason: expect.stringContaining('NUL') })]);
  });
  it('UTF-16 JSON Lines with a byte-order mark are decoded by the streaming reader too, and a NUL there costs only its line', async () => {
    const { writeFileSync } = await import('node:fs');
    const { readSources } = await import('../../src/sources/walk.js');
    const lines = [
      JSON.stringify({ text: 'Police arrested a man in Lyon — café owner said.' }),
      `{"text": "bad\u0000line"}`,
      JSON.stringify({ text: 'Police raided a flat in York.' }),
    ].join('\r\n');
    for (const be of [false, true]) {
      const file = join(scratch, `win-${be ? 'be' : 'le'}.jsonl`);
      writeFileSync(file, utf16(lines, be));
      const streamed = await readSources([file]);
      expect(streamed.articles.map((a) => a.text)).toEqual([
        'Police arrested a man in Lyon — café owner said.',
        'Police raided a flat in York.',
      ]);
      expect(streamed.failures).toEqual([
        expect.objectContaining({ file, item: 1, reason: expect.stringContaining('line 2') }),
      ]);
      const whole = parseFile(file, utf16(lines, be));
      expect(whole.articles).toHaveLength(2);
      expect(whole.failures).toEqual([expect.objectContaining({ item: 1, reason: expect.stringContaining('NUL') })]);
    }
    // a UTF-16 file whose bytes break off mid-character is refused naming the encoding, the lines before it kept
    const cut = join(scratch, 'cut.jsonl');
    const bytes = utf16(JSON.stringify({ text: 'Police raided a flat in York.' }) + '\n{"te', false);
    writeFileSync(cut, bytes.subarray(0, bytes.length - 1));
    const partial = await readSources([cut]);
    expect(partial.articles).toHaveLength(1);
    expect(partial.failures).toEqual([
      expect.objectContaining({ file: cut, reason: expect.stringContaining('UTF-16LE') }),
    ]);
  });
});
