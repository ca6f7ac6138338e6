// Rule orgs/context-within-batch (src/graph/org-acronyms.ts acronymContextScope): a stored body's context is read
// only within the keys of the contexts it is compared with, the forward acronym joins' (the batch's articles) and the
// late ones' (the stored lone acronyms' articles); the joins and their reasons are those made with the whole context.
// Bodies, people and places made up for these tests.
import { describe, expect, it } from 'vitest';
import { decideReadingContexts } from '../../src/graph/entity-context.js';
import {
  acronymContextScope,
  bodyCandidates,
  contextOf,
  decideBatchAcronyms,
  type StoredBody,
} from '../../src/graph/org-acronyms.js';
import { decideLateAcronyms, type LoneAcronym } from '../../src/graph/late-joins.js';
import type { ArticleWrite } from '../../src/graph/rows.js';
import { articleWrite } from '../helpers/article-write.js';

type Row = { key: string; name: string; aliases: string[] };
const row = (key: string, name: string, aliases: string[] = []): Row => ({ key, name, aliases });

const write = (id: string, rows: { person?: Row[]; organization?: Row[]; place?: Row[] }): ArticleWrite =>
  articleWrite(id, rows);

type Body = StoredBody & { context: string[] };
const body = (key: string, name: string, acronym: string, context: string[]): Body => ({
  key,
  name,
  aliases: [acronym],
  context,
});
const far = (n: number) => Array.from({ length: n }, (_, i) => `org:name:unrelated body ${i}`);

// stored bodies whose articles name many entities no article of the batch names
const bodies: Body[] = [
  body('org:name:tarn mountain water authority', 'Tarn Mountain Water Authority', 'TMWA', [
    ...far(30),
    'person:rhea lindqvist',
    'place:city:tarnow',
    'place:country:PL',
  ]),
  body('org:name:kelp processing board', 'Kelp Processing Board', 'KPB', [
    ...far(20),
    'org:name:harbour union',
    'place:country:NO',
  ]),
  body('org:name:quarry regulation exchange', 'Quarry Regulation Exchange', 'QRX', [...far(10), 'place:country:IS']),
];

/** the stored bodies' contexts as the store reads them, whole or cut to `scope` */
const reader = (scope?: ReadonlySet<string>) => async (keys: string[]) =>
  new Map(
    bodies
      .filter((b) => keys.includes(b.key))
      .map((b) => [b.key, scope ? b.context.filter((k) => scope.has(k)) : b.context]),
  );
const unread = bodies.map((b): StoredBody => ({ key: b.key, name: b.name, aliases: b.aliases }));

// the batch: each lone acronym's article shares with its body an entity of another kind; the third only a country
const writes = [
  write('b1', {
    person: [row('person:rhea lindqvist', 'Rhea Lindqvist')],
    organization: [row('org:name:tmwa', 'TMWA')],
    place: [row('place:city:tarnow', 'Tarnow'), row('place:country:PL', 'Poland')],
  }),
  write('b2', {
    organization: [row('org:name:kpb', 'KPB'), row('org:name:harbour union', 'Harbour Union')],
  }),
  write('b3', { organization: [row('org:name:qrx', 'QRX')], place: [row('place:country:IS', 'Iceland')] }),
];
const forward = (scope?: ReadonlySet<string>) =>
  decideReadingContexts((read, u) => decideBatchAcronyms(writes, bodyCandidates(read, u)), unread, reader(scope));

// stored lone acronyms found when their expansions arrive: one shares two entities with its body, one none
const lone: LoneAcronym[] = [
  {
    acronym: 'TMWA',
    key: 'org:name:tmwa',
    articleId: 'old1',
    context: ['place:city:tarnow', 'org:name:unrelated body 3'],
  },
  { acronym: 'KPB', key: 'org:name:kpb', articleId: 'old2', context: ['place:city:bergen', 'place:country:NO'] },
  { acronym: 'KPB', key: 'org:name:kpb', articleId: 'old3', context: ['org:name:harbour union'] },
];
const late = (scope?: ReadonlySet<string>) =>
  decideReadingContexts((read, u) => decideLateAcronyms(lone, bodyCandidates(read, u)), unread, reader(scope));

describe('stored bodies read within the batch (orgs/context-within-batch)', () => {
  it('holds the keys compared with and no other, countries left out', () => {
    const scope = acronymContextScope(writes.map(contextOf));
    expect(scope).toContain('person:rhea lindqvist');
    expect(scope).toContain('org:name:harbour union');
    expect(scope).not.toContain('org:name:unrelated body 0');
    expect(scope.some((k) => k.startsWith('place:country:'))).toBe(false);
    expect(acronymContextScope(lone.map((l) => l.context))).toEqual([
      'org:name:harbour union',
      'org:name:unrelated body 3',
      'place:city:bergen',
      'place:city:tarnow',
    ]);
  });

  it('joins the batch lone acronyms as with the whole contexts', async () => {
    const whole = await forward();
    expect(await forward(new Set(acronymContextScope(writes.map(contextOf))))).toEqual(whole);
    // the guard did compare on the contexts: two entities shared, one, and only a country
    expect(whole.map((r) => r.map((j) => j.to))).toEqual([
      ['org:name:tarn mountain water authority'],
      ['org:name:kelp processing board'],
      [],
    ]);
    expect(whole[0]![0]!.reason).toContain('share 2 other entities');
  });

  it('joins the stored lone acronyms as with the whole contexts', async () => {
    const whole = await late();
    expect(await late(new Set(acronymContextScope(lone.map((l) => l.context))))).toEqual(whole);
    expect(whole.map((j) => [j.articleId, j.to])).toEqual([
      ['old1', 'org:name:tarn mountain water authority'],
      ['old3', 'org:name:kelp processing board'],
    ]);
    expect(whole[0]!.reason).toContain('share 2 other entities');
  });

  it('decides otherwise when the scope misses any one context or kind of key', async () => {
    const whole = await forward();
    for (let i = 0; i < 2; i++) {
      const missing = acronymContextScope(writes.filter((_, j) => j !== i).map(contextOf));
      expect(await forward(new Set(missing))).not.toEqual(whole);
    }
    for (const kind of ['person:', 'place:', 'org:'])
      expect(
        await forward(new Set(acronymContextScope(writes.map(contextOf)).filter((k) => !k.startsWith(kind)))),
      ).not.toEqual(whole);
    const wholeLate = await late();
    for (const i of [0, 2]) {
      const missing = acronymContextScope(lone.filter((_, j) => j !== i).map((l) => l.context));
      expect(await late(new Set(missing))).not.toEqual(wholeLate);
    }
  });
});
