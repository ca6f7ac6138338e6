import { describe, expect, it } from 'vitest';
import {
  bandKeys,
  classify,
  findNearDuplicates,
  fingerprint,
  generateCorpus,
  MIN_SHINGLES,
  NearDuplicateIndex,
  NUM_BANDS,
  NUM_HASHES,
  similarity,
  stripBoilerplate,
  wordHashes,
  duplicateDirection,
  agencyCredit,
  type DatedArticle,
  sentenceTextHash,
} from '../../src/dedup/index.js';
import { mulberry32 } from '../../src/dedup/synthetic.js';
import { defaultWordLists } from '../../src/extract/resources.js';

const words = defaultWordLists();

/** a distinct synthetic story: `paragraphs` paragraphs of pseudo-words from `seed` */
function story(seed: number, paragraphs = 8): string[] {
  const rand = mulberry32(seed);
  const syl = ['ka', 'lo', 'mi', 'ren', 'sa', 'tor', 'vel', 'da', 'ne', 'ris', 'po', 'gan', 'te', 'mor'];
  const word = () =>
    syl[Math.floor(rand() * syl.length)]! +
    syl[Math.floor(rand() * syl.length)]! +
    syl[Math.floor(rand() * syl.length)]!;
  return Array.from({ length: paragraphs }, () => Array.from({ length: 70 }, word).join(' ') + '.');
}

const wrap = (body: string[], outlet: string, byline: string) =>
  [
    `By ${byline}`,
    `PARIS (${outlet}) - ${body[0]}`,
    ...body.slice(1),
    `Reporting by ${byline}; Editing by Jo Park`,
    `© 2026 ${outlet}. All rights reserved.`,
    'Read more: other stories',
  ].join('\n');

describe('boilerplate removal', () => {
  it('drops bylines, credits, copyright and read-more lines and dateline prefixes, keeps story sentences', () => {
    const text = [
      'By Anna Keller and Omar Haddad, Security Correspondent',
      'By our Europe staff · 7 January 2015',
      'PARIS (Northline Wire) - Police arrested two men on Tuesday.',
      'By the time officers arrived, the suspects had fled the building.',
      'Research by the Home Office found that most plots were disrupted early.',
      'LONDON, March 3 (Reuters) — A second raid followed.',
      'Reporting by Lena Novak; Editing by Tomas Berg',
      'Additional reporting by Sara Silva',
      'Copyright 2026 Northline Wire',
      '© 2026 Harbour Post. All rights reserved.',
      'READ MORE: Earlier raids in the capital',
    ].join('\n');
    expect(stripBoilerplate(words, text).split('\n')).toEqual([
      'Police arrested two men on Tuesday.',
      'By the time officers arrived, the suspects had fled the building.',
      'Research by the Home Office found that most plots were disrupted early.',
      'A second raid followed.',
    ]);
  });

  it('lowercases and strips punctuation before hashing words', () => {
    expect([...wordHashes(words, 'Police, said: “NO”!  don’t')]).toEqual([...wordHashes(words, 'police said no dont')]);
    expect(wordHashes(words, 'one two three').length).toBe(3);
  });

  it('never lets shared boilerplate make two different stories alike', () => {
    const a = wrap(story(1), 'Northline Wire', 'Anna Keller');
    const b = wrap(story(2), 'Northline Wire', 'Anna Keller');
    const s = similarity(fingerprint(words, a).shingles, fingerprint(words, b).shingles);
    expect(s.containment).toBeLessThan(0.02);
    expect(classify(fingerprint(words, a).shingles, fingerprint(words, b).shingles)).toBeNull();
  });
});

describe('fingerprint', () => {
  it('is a deterministic 128-value int32 MinHash whose agreement estimates Jaccard', () => {
    const base = story(3).join('\n');
    const tokens = base.split(' ');
    const edited = tokens.map((w, i) => (i % 9 === 0 ? 'zzz' + i : w)).join(' ');
    const fa = fingerprint(words, base);
    const fb = fingerprint(words, edited);
    expect(fa.signature).toHaveLength(NUM_HASHES);
    expect([...fingerprint(words, base).signature!]).toEqual([...fa.signature!]);
    for (const v of fa.signature!) expect(Number.isInteger(v) && v >= -(2 ** 31) && v < 2 ** 31).toBe(true);
    let agree = 0;
    for (let k = 0; k < NUM_HASHES; k++) if (fa.signature![k] === fb.signature![k]) agree++;
    const exact = similarity(fa.shingles, fb.shingles).jaccard;
    expect(exact).toBeGreaterThan(0.2);
    expect(exact).toBeLessThan(0.8);
    expect(Math.abs(agree / NUM_HASHES - exact)).toBeLessThan(0.12);
    expect(bandKeys(fa.signature!)).toHaveLength(NUM_BANDS);
    expect(bandKeys(fa.signature!)[0]).toMatch(/^0:[0-9a-f]{8}$/);
  });

  it('gives no signature to empty or very short texts', () => {
    expect(fingerprint(words, '').signature).toBeNull();
    expect(fingerprint(words, 'Police said three men were arrested in Paris on Tuesday.').signature).toBeNull();
    expect(fingerprint(words, story(4).join(' ')).shingles.length).toBeGreaterThan(MIN_SHINGLES);
  });
});

describe('near-duplicates', () => {
  const body = story(10, 10);
  const original = { id: 'orig', text: wrap(body, 'Northline Wire', 'Anna Keller') };

  it('calls identical texts under different ids copies with score 1', () => {
    const r = findNearDuplicates([original, { id: 'again', text: original.text }], words);
    expect(r.pairs).toEqual([{ a: 'orig', b: 'again', score: 1, kind: 'copy' }]);
    expect(r.clusters).toEqual([['orig', 'again']]);
  });

  it('finds a re-headlined copy from another outlet, a trimmed copy and a half-length brief, not other stories', () => {
    const articles = [
      original,
      { id: 'republished', text: 'Latest: a new headline\n' + wrap(body, 'Harbour Post', 'Omar Haddad') },
      { id: 'trimmed', text: wrap(body.slice(0, 8), 'Civic Times', 'Lena Novak') },
      { id: 'brief', text: wrap(body.slice(0, 5), 'Daily Beacon', 'Sara Silva') },
      { id: 'other1', text: wrap(story(11, 10), 'Northline Wire', 'Anna Keller') },
      { id: 'other2', text: wrap(story(12, 5), 'Northline Wire', 'Anna Keller') },
    ];
    const r = findNearDuplicates(articles, words);
    const kind = (a: string, b: string) => r.pairs.find((p) => p.a === a && p.b === b)?.kind;
    expect(kind('orig', 'republished')).toBe('copy');
    expect(kind('orig', 'trimmed')).toBe('trimmed copy');
    expect(kind('orig', 'brief')).toBe('excerpt');
    expect(r.pairs.find((p) => p.a === 'orig' && p.b === 'brief')!.score).toBeGreaterThan(0.95);
    expect(r.pairs.every((p) => !p.a.startsWith('other') && !p.b.startsWith('other'))).toBe(true);
    expect(r.clusters).toEqual([['orig', 'republished', 'trimmed', 'brief']]);
  });

  it('makes no claims about empty or very short articles, even identical ones', () => {
    const r = findNearDuplicates(
      [
        { id: 'e1', text: '' },
        { id: 'e2', text: '' },
        { id: 's1', text: 'Two men were arrested.' },
        { id: 's2', text: 'Two men were arrested.' },
      ],
      words,
    );
    expect(r.pairs).toEqual([]);
    expect(r.clusters).toEqual([]);
  });

  it('separates different stories of the same kind in the same city and finds injected variants (generated corpus)', () => {
    const corpus = [...generateCorpus(1500, 42)];
    const index = new NearDuplicateIndex(words);
    for (const a of corpus) index.add(a.id, a.text);
    const r = index.findDuplicates();
    const family = new Map(corpus.map((a) => [a.id, a.family]));
    const wrong = r.pairs.filter((p) => family.get(p.a) !== family.get(p.b));
    expect(wrong).toEqual([]);
    const sizes = new Map<number, number>();
    for (const a of corpus) sizes.set(a.family, (sizes.get(a.family) ?? 0) + 1);
    const truth = [...sizes.values()].reduce((s, n) => s + (n * (n - 1)) / 2, 0);
    expect(truth).toBeGreaterThan(50);
    expect(r.pairs.length / truth).toBeGreaterThanOrEqual(0.98);
    // LSH, not all pairs: far fewer candidates than n(n-1)/2
    expect(r.candidates).toBeLessThan((corpus.length * (corpus.length - 1)) / 2 / 50);
  });
});

describe('duplicate direction', () => {
  const body = story(4242);
  /** both argument orders must name the same original */
  function direction(a: DatedArticle, b: DatedArticle) {
    const sa = fingerprint(words, a.text).shingles;
    const sb = fingerprint(words, b.text).shingles;
    const one = duplicateDirection(a, b, sa, sb, words);
    const other = duplicateDirection(b, a, sb, sa, words);
    expect(other).toEqual(one);
    expect(classify(sa, sb)).not.toBeNull();
    return one;
  }
  const wire: DatedArticle = {
    id: 'a_ffff',
    published: '2016-12-23',
    source: 'Northline Wire',
    text: `MILAN (Northline Wire) - ${body.join('\n\n')}`,
  };
  const copy: DatedArticle = {
    id: 'a_0000',
    published: '2016-12-23',
    source: 'Coastal Evening Star',
    text: `MILAN — ${body.join('\n\n')}`,
  };

  it('an earlier publication day wins, then an earlier time on the same day', () => {
    expect(direction({ ...wire, published: '2016-12-24' }, copy)).toEqual({
      original: copy.id,
      copy: wire.id,
      reason: 'published date',
      rule: 'direction/published-date',
    });
    expect(
      direction(
        { ...wire, publishedAt: '2016-12-23T11:00:00.000Z' },
        { ...copy, publishedAt: '2016-12-23T09:30:00.000Z' },
      ),
    ).toEqual({ original: copy.id, copy: wire.id, reason: 'published time', rule: 'direction/published-time' });
    // a time on one side only says nothing about the other's order on that day
    expect(direction({ ...wire, publishedAt: '2016-12-23T23:00:00.000Z' }, copy).reason).toBe('agency credit');
  });

  it('on the same day, the text a brief was cut from is the original', () => {
    const brief: DatedArticle = {
      id: 'a_0001',
      published: '2016-12-23',
      source: 'Lantern Daily',
      text: `MILAN (Northline Wire) - ${[body[0], body[1], body[2], body[6]].join('\n\n')}`,
    };
    const plain: DatedArticle = { ...wire, text: `MILAN - ${body.join('\n\n')}`, source: 'Some Paper' };
    expect(direction(brief, plain)).toEqual({
      original: plain.id,
      copy: brief.id,
      reason: 'containment',
      rule: 'direction/containment',
    });
  });

  it('on the same day, a full copy points at the article that carries the agency dateline', () => {
    expect(direction(copy, wire)).toEqual({
      original: wire.id,
      copy: copy.id,
      reason: 'agency credit',
      rule: 'direction/agency-credit',
    });
    const fromWires: DatedArticle = {
      ...copy,
      text: `NICE, France (Crossroads Dispatch, from wire reports) - ${body.join('\n\n')}`,
    };
    expect(direction(fromWires, wire).original).toBe(wire.id);
  });

  it('otherwise the smaller id, whichever comes first', () => {
    expect(direction({ ...copy, id: 'a_2' }, { ...copy, id: 'a_1', source: 'Other Paper' })).toEqual({
      original: 'a_1',
      copy: 'a_2',
      reason: 'article id',
      rule: 'direction/article-id',
    });
  });

  it('reads agency credits from datelines, outlets and closing credits', () => {
    expect(agencyCredit(words, 'MILAN (Northline Wire) - Police said', 'Northline Wire')).toBe(3);
    expect(agencyCredit(words, 'LONDON - Police said', 'Reuters')).toBe(3);
    expect(agencyCredit(words, 'CHRISTCHURCH, New Zealand (Northline Wire) - A man', 'Lantern Daily')).toBe(2);
    expect(
      agencyCredit(words, 'NICE, France (Crossroads Dispatch, from wire reports) - A man', 'Crossroads Dispatch'),
    ).toBe(0);
    expect(agencyCredit(words, 'Police said more.\n(Reporting by Jo Park; Editing by Al Bee)', 'The Courier')).toBe(1);
    expect(agencyCredit(words, 'MILAN — Police said', 'Coastal Evening Star')).toBe(0);
  });
});

describe('sentence text hash', () => {
  it('is the same for a sentence repeated by a wire copy, whatever its dateline, case, quotes or spacing', () => {
    const wire =
      'MILAN (Northline Wire) - Anis Amri, the Tunisian man wanted over the attack, was shot dead by police.';
    const copy = 'MILAN —  Anis Amri, the Tunisian man wanted over the attack, was shot dead by police.';
    expect(sentenceTextHash(copy)).toBe(sentenceTextHash(wire));
    expect(sentenceTextHash('The minister’s “statement” followed.')).toBe(
      sentenceTextHash('the minister\'s "statement" followed'),
    );
    expect(sentenceTextHash(wire)).toMatch(/^[0-9a-f]{16}$/);
  });
  it('differs when a word differs', () => {
    expect(sentenceTextHash('Police arrested two men in Leeds.')).not.toBe(
      sentenceTextHash('Police detained two men in Leeds.'),
    );
    expect(sentenceTextHash('Police arrested two men in Leeds.')).not.toBe(
      sentenceTextHash('Police arrested two men.'),
    );
  });
});
