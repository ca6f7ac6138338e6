// Two firms joined by "and" in one span are two bodies where each half holds a firm's suffix or opens a longer body
// the article names (rule entities/coordinated-firms, read by entities/coordinated-names). Texts written for these
// tests; the names are invented.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { res } from '../helpers/resources.js';

const bodies = (text: string) =>
  extract({ text }, res)
    .entities.filter((e) => e.type === 'organization')
    .map((e) => e.name);

describe('two firms joined by "and"', () => {
  it('are two bodies where each half holds a firm suffix', () => {
    const found = bodies(
      'The contract came from Pine Mutual Assurance Co of Ohio and Kestrel Life Assurance Co, the company said.',
    );
    expect(found).toContain('Pine Mutual Assurance Co of Ohio');
    expect(found).toContain('Kestrel Life Assurance Co');
    expect(found).not.toContain('Pine Mutual Assurance Co of Ohio and Kestrel Life Assurance Co');
  });

  it('stay one body where a half is a plain word with no suffix and named nowhere else', () => {
    const found = bodies('The Tariff and Customs Review Board said on Monday it would publish the new rates in June.');
    expect(found).toContain('Tariff and Customs Review Board');
  });
});
