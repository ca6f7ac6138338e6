// Defect 11: file names and reasons with control characters are printed escaped, never raw to the terminal.
import { describe, expect, it } from 'vitest';
import { printable } from '../../src/cli/printable.js';
import type { IngestSummary } from '../../src/ingest/pipeline.js';
import { formatSummary } from '../../src/ingest/report.js';

const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('CLI output escapes control characters', () => {
  it('the ingest summary shows hostile file names and reasons escaped', () => {
    const evil = 'news/\u001b]0;owned\u0007\u001b[2J\u001b[31mred\u202e.txt\nfake line';
    const summary: IngestSummary = {
      files: 1,
      unchangedFiles: 0,
      articles: { new: 0, unchanged: 0, failed: 1 },
      reextracted: 0,
      entities: 0,
      distinctEntities: 0,
      relations: 0,
      failures: [{ file: evil, reason: `invalid front matter: \u001b[1mbold\u009b` }],
      warnings: 0,
      extractorWarnings: [{ file: evil, item: 0, reason: 'text is \u0007 odd' }],
      seconds: 0.1,
    };
    const out = formatSummary(summary);
    expect(out).not.toMatch(RAW);
    expect(out).toContain('news/\\x1b]0;owned\\x07\\x1b[2J\\x1b[31mred\\u202e.txt\\nfake line');
    expect(out.split('\n').filter((l) => l.includes('fake line'))).toHaveLength(2);
  });
  it('printable keeps ordinary text, accents and newlines as they are', () => {
    expect(printable('Café in Zürich\nline two\ttab')).toBe('Café in Zürich\nline two\ttab');
  });
});
