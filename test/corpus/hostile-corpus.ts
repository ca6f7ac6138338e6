// Generates the hostile-input corpus: one file (or folder) per case, each with the outcome the readers must give.
// `npx vitest run test/integration/hostile-corpus.test.ts` writes it to a temporary folder and checks every case.
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export type Expected = { stored: true } | { rejected: RegExp };

export interface Case {
  /** path relative to the corpus folder */
  path: string;
  expected: Expected;
}

const GOOD =
  'Police in Leeds arrested two men on Monday after a raid on a flat, a spokesman for West Yorkshire Police said.';

/**
 * Writes the cases into `root/batch/` (read as one folder), a FIFO into `root/named/` (named explicitly: folder
 * walks skip anything that is not a regular file) and `tinyFiles` one-line files into `root/tiny/`.
 */
export function writeHostileCorpus(
  root: string,
  tinyFiles = 20_000,
): { batch: string; named: string[]; cases: Case[]; tinyDir: string } {
  const dir = join(root, 'batch');
  const cases: Case[] = [];
  const put = (path: string, content: string | Uint8Array, expected: Expected) => {
    writeFileSync(join(dir, path), content);
    cases.push({ path: join(dir, path), expected });
  };
  mkdirSync(dir, { recursive: true });
  mkdirSync(join(root, 'named'));
  const named: string[] = [];
  put('good.txt', `Raid in Leeds\n\n${GOOD} (plain)\n`, { stored: true });
  put('empty.txt', '', { rejected: /empty file/ });
  put('binary.txt', new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1, 2, 3, 0]), { rejected: /binary/ });
  put('invalid-utf8.txt', Buffer.concat([Buffer.from(GOOD), Buffer.from([0xc3, 0x28, 0xff])]), {
    rejected: /not UTF-8/,
  });
  put('utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${GOOD} (UTF-16)`, 'utf16le')]), {
    stored: true,
  });
  put(
    'js-front-matter.md',
    `---js\n{ title: (require('fs').writeFileSync(${JSON.stringify(join(dir, 'PWNED'))}, 'x'), 'T') }\n---\n${GOOD}\n`,
    { rejected: /only YAML/ },
  );
  put('yaml-custom-tag.md', `---\ntitle: !!js/function "function () {}"\n---\n${GOOD}\n`, { rejected: /front matter/ });
  const bomb = ['---', 'a: &a ["x","x","x","x","x","x","x","x","x"]'];
  for (let i = 1; i < 9; i++)
    bomb.push(
      `${'abcdefghij'[i]}: &${'abcdefghij'[i]} [${Array(9)
        .fill(`*${'abcdefghij'[i - 1]}`)
        .join(',')}]`,
    );
  put('yaml-alias-bomb.md', `${bomb.join('\n')}\ntitle: *i\n---\n${GOOD}\n`, { rejected: /front matter/ });
  put('markdown-brackets.md', `${GOOD} (brackets)\n\n${'['.repeat(200_000)}\n`, { stored: true });
  put(
    'xxe.rss',
    `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss><channel><title>t</title><item><title>a</title><description>${GOOD} &x;</description></item></channel></rss>`,
    { rejected: /External entities/ },
  );
  let lol = '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY l0 "lol">';
  for (let i = 1; i < 10; i++) lol += `<!ENTITY l${i} "${`&l${i - 1};`.repeat(10)}">`;
  put(
    'billion-laughs.rss',
    `${lol}]><rss><channel><title>t</title><item><title>a</title><description>${GOOD} (laughs) &l9;</description></item></channel></rss>`,
    { stored: true },
  );
  put('deep.json', '['.repeat(100_000) + ']'.repeat(100_000), {
    rejected: /deep\.json|not an article|no articles|item/,
  });
  put('deep.html', `<html><body>${'<div>'.repeat(100_000)}<p>${GOOD}</p>${'</div>'.repeat(100_000)}</body></html>`, {
    rejected: /nested deeper than/,
  });
  put(
    'javascript-url.json',
    JSON.stringify({ text: `${GOOD} (link)`, title: 'Link test', url: 'javascript:alert(1)' }),
    { stored: true },
  );
  put(
    'mixed.jsonl',
    [
      JSON.stringify({ text: `${GOOD} (line one)` }),
      '{"text": "bad\u0000line"}',
      JSON.stringify({ text: `${GOOD} (line three)` }),
    ].join('\n'),
    { stored: true },
  );
  // archives are not opened: skipped in folder walks, refused when named
  const zip = join(root, 'named', 'archive.zip');
  writeFileSync(zip, new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0]));
  const gz = join(root, 'named', 'article.txt.gz');
  writeFileSync(gz, gzipSync(Buffer.from(GOOD)));
  cases.push(
    { path: zip, expected: { rejected: /unsupported file type ".zip"/ } },
    { path: gz, expected: { rejected: /unsupported file type ".gz"/ } },
  );
  put('control-\u001b[31mchars\u0007.txt', `Control names\n\n${GOOD} (control)\n`, { stored: true });
  put('big.txt', '', { rejected: /larger than/ });
  truncateSync(join(dir, 'big.txt'), 80 * 1024 * 1024); // sparse
  const fifo = join(root, 'named', 'fifo.txt');
  execFileSync('mkfifo', [fifo]);
  named.push(zip, gz, fifo, '/dev/zero');
  cases.push({ path: fifo, expected: { rejected: /not a regular file \(a FIFO\)/ } });
  mkdirSync(join(dir, 'loop'));
  symlinkSync('.', join(dir, 'loop', 'self')); // a symlink loop: the walker must not follow it forever
  const tinyDir = join(root, 'tiny');
  mkdirSync(tinyDir);
  for (let i = 0; i < tinyFiles; i++)
    writeFileSync(join(tinyDir, `t${String(i).padStart(5, '0')}.txt`), `Note ${i}: police said.`);
  return {
    batch: dir,
    named,
    cases: [...cases, { path: '/dev/zero', expected: { rejected: /not a regular file \(a device\)/ } }],
    tinyDir,
  };
}
