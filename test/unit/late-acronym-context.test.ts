// Rule orgs/late-context-when-one-bearer (src/graph/late-joins.ts withLoneContexts): a stored lone acronym's article
// context is read only where exactly one known body bears the acronym (onlyBearer); the late joins are those made
// with every context read. Bodies, places and articles made up for these tests.
import type { ManagedTransaction } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { decideLateAcronyms, LONE_CONTEXTS, withLoneContexts, type LoneAcronym } from '../../src/graph/late-joins.js';
import { onlyBearer, type AcronymCandidate } from '../../src/resolution/acronym-join.js';

const candidate = (key: string, name: string, names: string[], context: string[] = []): AcronymCandidate => ({
  key,
  name,
  names: [name, ...names],
  context,
});

// one body bears FWA; two bear LRC; GTX is only a lone acronym's own name
const known: AcronymCandidate[] = [
  candidate('org:name:fenwick water agency', 'Fenwick Water Agency', ['FWA'], ['place:city:fenwick', 'person:ilse brandt']),
  candidate('org:name:lakeside rowing club', 'Lakeside Rowing Club', ['LRC'], ['place:city:ormond']),
  candidate('org:name:lumber rates council', 'Lumber Rates Council', ['LRC'], ['place:city:ormond']),
  candidate('org:name:gtx', 'GTX', []),
];

// the stored lone acronyms' articles and what each names besides the acronym
const contexts: Record<string, string[]> = {
  'old1\torg:name:fwa': ['place:city:fenwick', 'org:name:harbour trust'],
  'old2\torg:name:fwa': ['place:country:NZ'],
  'old3\torg:name:lrc': ['place:city:ormond'],
  'old4\torg:name:gtx': ['person:ilse brandt'],
};
const found = [
  { acronym: 'FWA', key: 'org:name:fwa', articleId: 'old1' },
  { acronym: 'FWA', key: 'org:name:fwa', articleId: 'old2' },
  { acronym: 'GTX', key: 'org:name:gtx', articleId: 'old4' },
  { acronym: 'LRC', key: 'org:name:lrc', articleId: 'old3' },
];

/** a transaction answering LONE_CONTEXTS from `contexts`, keeping the rows it was asked for */
function contextStore() {
  const asked: string[] = [];
  const tx = {
    run: async (cypher: string, params: { rows: { articleId: string; key: string }[] }) => {
      expect(cypher).toBe(LONE_CONTEXTS);
      asked.push(...params.rows.map((r) => `${r.articleId}\t${r.key}`));
      const records = params.rows.map((r) => ({
        toObject: () => ({ ...r, context: contexts[`${r.articleId}\t${r.key}`] ?? [] }),
      }));
      return { records };
    },
  } as unknown as Pick<ManagedTransaction, 'run'>;
  return { tx, asked };
}

describe('the only bearer of an acronym (onlyBearer)', () => {
  it('is the one body carrying the acronym among its other names', () => {
    expect(onlyBearer('FWA', 'org:name:fwa', known)?.key).toBe('org:name:fenwick water agency');
  });

  it('is none when two bodies carry it, or when the acronym is a body’s own name', () => {
    expect(onlyBearer('LRC', 'org:name:lrc', known)).toBeNull();
    expect(onlyBearer('GTX', 'org:name:gtx', known)).toBeNull();
  });
});

describe('lone acronyms’ contexts read for one bearer only (orgs/late-context-when-one-bearer)', () => {
  it('reads the articles of the acronym one body bears, and no other', async () => {
    const { tx, asked } = contextStore();
    const lone = await withLoneContexts(tx, found, known);
    expect(asked).toEqual(['old1\torg:name:fwa', 'old2\torg:name:fwa']);
    expect(lone.find((l) => l.articleId === 'old3')?.context).toEqual([]);
    expect(lone.find((l) => l.articleId === 'old1')?.context).toEqual(contexts['old1\torg:name:fwa']);
  });

  it('joins as with every context read', async () => {
    const { tx } = contextStore();
    const everyContext: LoneAcronym[] = found.map((l) => ({
      ...l,
      context: contexts[`${l.articleId}\t${l.key}`] ?? [],
    }));
    const whole = decideLateAcronyms(everyContext, known);
    expect(decideLateAcronyms(await withLoneContexts(tx, found, known), known)).toEqual(whole);
    // the guards did decide: a shared town joins, a country alone does not, two bearers and no bearer do not
    expect(whole.map((j) => [j.articleId, j.to])).toEqual([['old1', 'org:name:fenwick water agency']]);
  });

  it('asks the store nothing when no acronym has one bearer', async () => {
    const { tx, asked } = contextStore();
    const lone = await withLoneContexts(tx, found.slice(2), known);
    expect(asked).toEqual([]);
    expect(lone.map((l) => l.context)).toEqual([[], []]);
  });
});
