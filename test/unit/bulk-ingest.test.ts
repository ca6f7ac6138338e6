// Pure parts of `kg ingest --bulk`: the per-article check that stands in for the writer's row counts, the node a
// created entity gets, and the import arguments (the database name before the file lists, which take every word).
import { describe, expect, it } from 'vitest';
import { entityNodeProperties } from '../../src/graph/bulk-entities.js';
import type { ArticleWrite } from '../../src/graph/rows.js';
import { checkWrite } from '../../src/ingest/bulk.js';
import { adminImportArgs } from '../../src/neo4j-local/admin-import.js';

function write(): ArticleWrite {
  return {
    article: {
      id: 'a_1',
      title: 'T',
      url: null,
      source: null,
      published: '2020-01-02',
      publishedAt: null,
      text: 'Jane Roe spoke.',
      textTruncatedFrom: null,
      contentHash: 'h',
      wordCount: 3,
      outlet: null,
      credits: [],
    },
    sentences: [{ id: 'a_1:0', index: 0, start: 0, end: 15, text: 'Jane Roe spoke.', textHash: 'x' }],
    entities: {
      person: [{ type: 'person', key: 'person:jane roe', name: 'Jane Roe', aliases: [] }],
      organization: [],
      place: [],
      incident: [],
    },
    sentenceMentions: [{ sentenceId: 'a_1:0', key: 'person:jane roe', start: 0, end: 8, text: 'Jane Roe' }],
    articleMentions: [{ key: 'person:jane roe', count: 1 }],
    covers: [],
    relations: {},
    warnings: [],
  };
}

describe('checkWrite', () => {
  it('accepts a consistent article', () => {
    expect(() => checkWrite(write())).not.toThrow();
  });
  it('rejects a mention of an entity the article does not have, naming it', () => {
    const w = write();
    w.sentenceMentions.push({ sentenceId: 'a_1:0', key: 'person:nobody', start: 0, end: 4, text: 'Jane' });
    expect(() => checkWrite(w)).toThrow(/person:nobody/);
  });
  it('rejects a mention in a sentence of another article, a relationship end not in the article, a bad date', () => {
    const a = write();
    a.sentenceMentions[0] = { ...a.sentenceMentions[0]!, sentenceId: 'a_2:0' };
    expect(() => checkWrite(a)).toThrow(/a_2:0/);
    const b = write();
    b.relations.CO_MENTIONED = [{ from: 'person:jane roe', to: 'org:x', sentenceIds: [], evidence: [], label: null }];
    expect(() => checkWrite(b)).toThrow(/org:x/);
    const c = write();
    c.article.published = '2020-13-45';
    expect(() => checkWrite(c)).toThrow(/not a date/);
  });
});

describe('entityNodeProperties', () => {
  it('sets what the entity statement sets on a new node: aliases without the name, distinct, in order; the search text; the acronyms', () => {
    const p = entityNodeProperties({
      type: 'organization',
      key: 'org:name:x',
      name: 'X Agency',
      aliases: ['XA', 'X Agency', 'Agency X', 'XA'],
      kind: 'agency',
      country: null,
    });
    expect(p).toEqual({
      key: 'org:name:x',
      type: 'organization',
      name: 'X Agency',
      aliases: ['Agency X', 'XA'],
      searchText: 'X Agency Agency X XA',
      // the aliases that read as acronyms, each between spaces, for the acronym index (src/resolution/acronym-join.ts)
      acronyms: ' XA ',
      kind: 'agency',
      country: null,
    });
  });
  it('gives a place its coordinates only with a latitude, and keeps whether it was ambiguous', () => {
    const base = { type: 'place' as const, key: 'place:a', name: 'A', aliases: [], placeKind: 'city', country: 'GB' };
    expect(entityNodeProperties({ ...base, lat: null, lon: 2, ambiguous: true })).toMatchObject({
      lat: null,
      lon: null,
      ambiguous: true,
    });
    expect(entityNodeProperties({ ...base, lat: 1, lon: 2, ambiguous: false })).toMatchObject({ lat: 1, lon: 2 });
  });
});

describe('adminImportArgs', () => {
  it('names the database before the file lists and overwrites only what the caller checked is empty', () => {
    const args = adminImportArgs('neo4j', ['--nodes=Article=/x/a.csv'], '\u001f', '/x/report');
    expect(args.slice(0, 4)).toEqual(['database', 'import', 'full', 'neo4j']);
    expect(args).toContain('--overwrite-destination=true');
    expect(args).toContain('--array-delimiter=\u001f');
    expect(args.at(-1)).toBe('--nodes=Article=/x/a.csv');
  });
});
