// "An Israeli air strike", "A Briton was among the hurt": an article and a nationality word describe someone by where
// they are from and name nobody, even where a dateline capitalises the article. Every sentence is written for this test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { res } from '../helpers/resources.js';

describe('entities/article-then-nationality', () => {
  const names = (text: string) =>
    extract({ text }, res)
      .entities.filter((e) => e.type !== 'incident')
      .map((e) => e.name);

  it('an article and a nationality word after a dateline name nobody', () => {
    const ns = names(
      'BEIRUT, July 3 (Reuters) - An Israeli drone strike on a car near Tyre killed two men on Wednesday, a security source said.',
    );
    expect(ns.filter((n) => /^(?:an?|the)\s/i.test(n))).toEqual([]);
    expect(ns).toContain('Tyre');
    const ns2 = names(
      'LONDON, March 9 (Reuters) - A Briton was among four tourists hurt when a bus overturned near Luxor.',
    );
    expect(ns2.filter((n) => /^(?:an?|the)\s/i.test(n))).toEqual([]);
  });
});
