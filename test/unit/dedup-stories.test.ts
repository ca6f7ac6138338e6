import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runDuplicates } from '../../src/cli/commands/duplicates.js';
import { findStories, type StoryArticle } from '../../src/dedup/index.js';
import type { Entity, IncidentEntity, IncidentKind, PersonEntity, PlaceEntity } from '../../src/extract/types.js';

const place = (id: string, key: string, name: string): PlaceEntity => ({
  id,
  key,
  type: 'place',
  name,
  aliases: [],
  mentions: [],
  placeKind: 'city',
  country: 'FR',
  lat: null,
  lon: null,
  ambiguous: false,
});
const person = (id: string, name: string): PersonEntity => ({
  id,
  key: `person:${name.toLowerCase()}`,
  type: 'person',
  name,
  aliases: [],
  mentions: [],
  roles: [],
});
const incident = (
  id: string,
  kind: IncidentKind,
  placeId: string,
  placeName: string,
  date: string | null,
): IncidentEntity => ({
  id,
  key: `incident:${kind}:x:${date}`,
  type: 'incident',
  name: `${kind} in ${placeName}`,
  aliases: [],
  mentions: [],
  kind,
  place: placeName,
  placeId,
  date,
  participants: [],
  killed: null,
  injured: null,
});
const article = (id: string, published: string, source: string, entities: Entity[]): StoryArticle => ({
  id,
  published,
  source,
  title: `t-${id}`,
  extraction: { entities },
});

describe('same-story clusters', () => {
  const lyon = place('p1', 'place:geo:lyon', 'Lyon');
  it('groups articles reporting one incident (same kind and place, dates a day apart), ordered by time with outlet', () => {
    const stories = findStories([
      article('late', '2026-03-04', 'Harbour Post', [lyon, incident('i1', 'stabbing', 'p1', 'Lyon', '2026-03-03')]),
      article('first', '2026-03-03', 'Northline Wire', [lyon, incident('i1', 'stabbing', 'p1', 'Lyon', '2026-03-03')]),
      article('generic', '2026-03-05', 'Civic Times', [lyon, incident('i1', 'attack', 'p1', 'Lyon', '2026-03-04')]),
      // same kind, same city, a month later: another story
      article('other', '2026-04-10', 'Northline Wire', [lyon, incident('i1', 'stabbing', 'p1', 'Lyon', '2026-04-09')]),
      // same day, same city, a different kind of incident
      article('raid', '2026-03-03', 'Daily Beacon', [lyon, incident('i1', 'raid', 'p1', 'Lyon', '2026-03-03')]),
    ]);
    expect(stories).toHaveLength(1);
    const [s] = stories;
    expect(s!.articles.map((a) => [a.id, a.source])).toEqual([
      ['first', 'Northline Wire'],
      ['late', 'Harbour Post'],
      ['generic', 'Civic Times'],
    ]);
    expect(s!.label).toContain('stabbing in Lyon');
    expect(s!.date).toBe('2026-03-03');
    expect(s!.place).toBe('Lyon');
  });

  it('links articles sharing rare entities within the time window, not ones sharing only common entities', () => {
    const common = place('p9', 'place:geo:fr', 'France');
    const a = person('e1', 'Karim Belkacem');
    const b = person('e2', 'Judge Anne Roux');
    const filler = Array.from({ length: 8 }, (_, i) =>
      article(`f${i}`, '2026-05-01', 'X', [common, person('z', `Someone ${i}`)]),
    );
    const stories = findStories([
      ...filler,
      article('s1', '2026-05-02', 'Northline Wire', [common, a, b]),
      article('s2', '2026-05-04', 'Harbour Post', [common, a, b, person('e3', 'Other Person')]),
      article('s3', '2026-07-30', 'Harbour Post', [common, a, b]), // same names months later: not the same story
    ]);
    expect(stories.map((s) => s.articles.map((x) => x.id))).toEqual([['s1', 's2']]);
    expect(stories[0]!.label).toContain('Karim Belkacem');
  });

  it('joins near-duplicate pairs into stories even without entities', () => {
    const stories = findStories([article('a', '2026-01-01', 'A', []), article('b', '2026-01-02', 'B', [])], [[0, 1]]);
    expect(stories.map((s) => s.articles.map((x) => x.id))).toEqual([['a', 'b']]);
  });
});

describe('kg duplicates --jsonl', () => {
  async function run(lines: string[], stories = false) {
    const input = new PassThrough();
    const output = new PassThrough();
    const errors = new PassThrough();
    let out = '';
    let err = '';
    output.on('data', (d) => (out += d));
    errors.on('data', (d) => (err += d));
    input.end(lines.join('\n') + '\n');
    const counts = await runDuplicates(input, output, errors, { stories });
    return { doc: JSON.parse(out) as Record<string, unknown>, err, counts };
  }
  const text = Array.from({ length: 60 }, (_, i) => `word${i % 37} item${i} part${(i * 7) % 11}`).join(' ');

  it('prints one document with clusters and pairs, naming and skipping bad lines', async () => {
    const { doc, err, counts } = await run([
      JSON.stringify({ id: 'a1', text }),
      '{not json',
      JSON.stringify({ id: 'a2' }),
      JSON.stringify({ id: 7, text, source: 'Harbour Post' }),
      JSON.stringify({ id: 'a1', text: 'repeated id' }),
    ]);
    expect(doc).toEqual({ clusters: [['a1', '7']], pairs: [{ a: 'a1', b: '7', score: 1, kind: 'copy' }] });
    expect(err).toMatch(/line 2: not JSON/);
    expect(err).toMatch(/line 3: text:/);
    expect(err).toMatch(/line 5: id "a1" already seen/);
    expect(counts).toEqual({ articles: 2, skipped: 3 });
  });

  it('adds same-story clusters when stories are on', async () => {
    const { doc } = await run(
      [
        JSON.stringify({ id: 'a1', text, published: '2026-01-01' }),
        JSON.stringify({ id: 'a2', text, published: '2026-01-02' }),
      ],
      true,
    );
    expect(doc.pairs).toHaveLength(1);
    expect((doc.stories as Array<{ articles: Array<{ id: string }> }>).map((s) => s.articles.map((a) => a.id))).toEqual(
      [['a1', 'a2']],
    );
  });
});
