// Issue 11, text in capitals: a common word that is also a small town's name is the word after an article.
// Every sentence here is written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { res } from '../helpers/resources.js';

const NAMED = new Set(['person', 'organization', 'place']);
const mentions = (text: string) =>
  extract({ text }, res)
    .entities.filter((e) => NAMED.has(e.type))
    .flatMap((e) => e.mentions.map((m) => `${e.type}:${m.text}`));

describe('entities/caps-common-word-after-determiner-no-town (issue 11)', () => {
  it('"A SURPRISE RAID" names no town', () => {
    const t = mentions('GUNMEN STORMED THE BARRACKS IN A SURPRISE RAID BEFORE DAWN ON THURSDAY.');
    expect(t.filter((m) => /SURPRISE/.test(m))).toEqual([]);
  });

  it('the same word after a preposition of place is the town', () => {
    const t = mentions('SHELLS FELL NEAR TYRE AND SIDON IN SOUTHERN LEBANON ON THURSDAY.');
    expect(t).toContain('place:TYRE');
  });
});
