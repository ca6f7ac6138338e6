// A hub fixture for the filter/expand browser tests, written for these tests: one organisation linked to more
// neighbours than one page of the explorer (25), with people and organisations reported in different years, so
// type filters, date filters and paging give different neighbourhoods. Goes through the real ingestion pipeline
// with the extraction given by hand (like fixture.ts); offsets are computed from the texts.
import type { Entity, ExtractionResult, OrgKind, Sentence } from '../../src/extract/types.js';
import type { Graph } from '../../src/graph/driver.js';
import type { IngestSummary } from '../../src/ingest/pipeline.js';
import { ingestAnnotated } from './annotated-ingest.js';

type Spec =
  | { key: string; type: 'person'; name: string }
  | { key: string; type: 'organization'; name: string; kind: OrgKind }
  | { key: string; type: 'place'; name: string; country: string; lat: number; lon: number };

const FIRST = ['Aaron', 'Bella', 'Cyril', 'Dora', 'Emil', 'Fenna', 'Gideon', 'Hilde', 'Ivo', 'Jutta'];
const LAST = ['Abbot', 'Brandt', 'Corwin'];
const ORG_WORDS = [
  'Amber',
  'Basalt',
  'Cobalt',
  'Delta',
  'Ember',
  'Flint',
  'Granite',
  'Hazel',
  'Indigo',
  'Juniper',
  'Krait',
  'Lumen',
  'Marble',
  'Nimbus',
  'Onyx',
];

const slug = (s: string) => s.toLowerCase().replace(/\W+/g, '-');

export const HUB: Spec = {
  key: 'org:name:harbour-watch-taskforce',
  type: 'organization',
  name: 'Harbour Watch Taskforce',
  kind: 'agency',
};
/** 30 people, each linked to the hub by one 2023 article; sorted by key, which is the server's tie-break */
export const PEOPLE: Spec[] = LAST.flatMap((last) => FIRST.map((first) => `${first} ${last}`))
  .map((name): Spec => ({ key: `person:${name.toLowerCase()}`, type: 'person', name }))
  .sort((a, b) => a.key.localeCompare(b.key));
/** 15 organisations, each linked to the hub by two 2020 articles, so they outrank the people */
export const ORGS: Spec[] = ORG_WORDS.map((w, i): Spec => {
  const name = `${w} ${i % 2 ? 'Brigade' : 'Shipping'}`;
  return { key: `org:name:${slug(name)}`, type: 'organization', name, kind: i % 2 ? 'armed_group' : 'company' };
});
/** the first person (by key): also linked, in 2023, to a place and another person, and in 2020 to an organisation */
export const FIRST_PERSON = PEOPLE[0]!;
export const WESTPORT: Spec = {
  key: 'place:geo:9990001',
  type: 'place',
  name: 'Westport',
  country: 'IE',
  lat: 53.8,
  lon: -9.52,
};
export const QUILL: Spec = { key: 'person:mara quill', type: 'person', name: 'Mara Quill' };
export const QUAYSIDE: Spec = {
  key: 'org:name:quayside-union',
  type: 'organization',
  name: 'Quayside Union',
  kind: 'other',
};

interface HubArticle {
  title: string;
  source: string;
  published: string;
  text: string;
  entities: Spec[];
  pairs: Array<[Spec, Spec]>;
}

const articles: HubArticle[] = [];
ORGS.forEach((o, i) => {
  for (const [n, source] of [
    [1, 'Harbour Gazette'],
    [2, 'Coast Ledger'],
  ] as const) {
    articles.push({
      title: `${o.name} and the taskforce (${n})`,
      source,
      published: `2020-05-${String(i + 1).padStart(2, '0')}`,
      text: `The Harbour Watch Taskforce worked with ${o.name} on port security${n === 2 ? ' again' : ''}.`,
      entities: [HUB, o],
      pairs: [[HUB, o]],
    });
  }
});
PEOPLE.forEach((p, i) => {
  articles.push({
    title: `${p.name} briefs reporters`,
    source: 'Coast Ledger',
    published: `2023-04-${String((i % 28) + 1).padStart(2, '0')}`,
    text: `${p.name} spoke for the Harbour Watch Taskforce at a briefing.`,
    entities: [HUB, p],
    pairs: [[p, HUB]],
  });
});
articles.push({
  title: 'Westport meeting',
  source: 'Harbour Gazette',
  published: '2023-06-01',
  text: `${FIRST_PERSON.name} met Mara Quill in Westport.`,
  entities: [FIRST_PERSON, QUILL, WESTPORT],
  pairs: [
    [FIRST_PERSON, QUILL],
    [FIRST_PERSON, WESTPORT],
  ],
});
articles.push({
  title: 'An old adviser',
  source: 'Harbour Gazette',
  published: '2020-02-01',
  text: `${FIRST_PERSON.name} once advised Quayside Union.`,
  entities: [FIRST_PERSON, QUAYSIDE],
  pairs: [[FIRST_PERSON, QUAYSIDE]],
});

function annotate(a: HubArticle, text: string): ExtractionResult {
  const sentences: Sentence[] = [{ index: 0, start: 0, end: text.length, text }];
  const entities: Entity[] = a.entities.map((spec) => {
    const at = text.indexOf(spec.name);
    if (at < 0) throw new Error(`hub fixture: ${spec.name} is not named in "${a.title}"`);
    const base = {
      id: spec.key,
      key: spec.key,
      name: spec.name,
      aliases: [],
      mentions: [{ start: at, end: at + spec.name.length, text: spec.name, sentence: 0 }],
    };
    if (spec.type === 'person') return { ...base, type: 'person', roles: [] };
    if (spec.type === 'organization') return { ...base, type: 'organization', kind: spec.kind, country: null };
    return {
      ...base,
      type: 'place',
      placeKind: 'city',
      country: spec.country,
      lat: spec.lat,
      lon: spec.lon,
      ambiguous: false,
    };
  });
  const relations = a.pairs.map(([from, to]) => ({
    type: 'co_mention' as const,
    from: from.key,
    to: to.key,
    evidence: [{ start: 0, end: text.length, sentence: 0 }],
  }));
  return { sentences, entities, relations, warnings: [] };
}

export async function ingestHubFixture(graph: Graph): Promise<IngestSummary> {
  return ingestAnnotated(
    graph,
    { name: 'hub fixture', file: 'browser-hub-fixture', url: (_a, i) => `https://example.org/hub/${i}` },
    articles,
    annotate,
  );
}
