// Fixture articles for the browser tests, written for these tests (not taken from seeds). They go through the real
// ingestion pipeline (ingestArticles → prepareArticleWrite → writeArticle) into Neo4j. The extraction step is given
// here by hand so that the UI tests depend on a known graph, not on the extractor's current recall; offsets are
// computed from the texts, so every mention and evidence span is real.
import type {
  Entity,
  ExtractionResult,
  IncidentKind,
  OrgKind,
  ParticipantRole,
  RelationType,
  TitleMention,
} from '../../src/extract/types.js';
import type { Graph } from '../../src/graph/driver.js';
import type { IngestSummary } from '../../src/ingest/pipeline.js';
import { ingestAnnotated } from './annotated-ingest.js';
import { sentencesOf } from '../helpers/sentences.js';

type Spec =
  | { key: string; type: 'person'; name: string; surfaces: string[] }
  | { key: string; type: 'organization'; name: string; kind: OrgKind; surfaces: string[] }
  | { key: string; type: 'place'; name: string; country: string; lat: number; lon: number; surfaces: string[] }
  | {
      key: string;
      type: 'incident';
      name: string;
      kind: IncidentKind;
      date: string;
      place: string;
      surfaces: string[];
    };

const LEEDS = 'place:geo:2644688';
const LYON = 'place:geo:2996944';
const LONDON = 'place:geo:2643743';
/**
 * The extracted keys of the two incidents. The stored Incident node's key is one member's extracted key with its
 * article id appended (src/resolution/incident-clustering.ts), so ingestFixture replaces these with the stored keys.
 */
export let PLOT = `incident:foiled plot:${LEEDS}:2021-03-02`;
export let SHOOTING = `incident:shooting:${LYON}:2022-06-10`;

export const ENTITIES: Record<string, Spec> = {
  prewitt: { key: 'person:alan prewitt', type: 'person', name: 'Alan Prewitt', surfaces: ['Alan Prewitt', 'Prewitt'] },
  ormsby: { key: 'person:daniel ormsby', type: 'person', name: 'Daniel Ormsby', surfaces: ['Daniel Ormsby', 'Ormsby'] },
  vasseur: {
    key: 'person:claire vasseur',
    type: 'person',
    name: 'Claire Vasseur',
    surfaces: ['Claire Vasseur', 'Vasseur'],
  },
  delorme: { key: 'person:marc delorme', type: 'person', name: 'Marc Delorme', surfaces: ['Marc Delorme', 'Delorme'] },
  wyp: {
    key: 'org:name:west-yorkshire-police',
    type: 'organization',
    name: 'West Yorkshire Police',
    kind: 'agency',
    surfaces: ['West Yorkshire Police'],
  },
  mi5: { key: 'org:known:mi5', type: 'organization', name: 'MI5', kind: 'agency', surfaces: ['MI5'] },
  bcb: {
    key: 'org:name:black-crescent-brigade',
    type: 'organization',
    name: 'Black Crescent Brigade',
    kind: 'armed_group',
    surfaces: ['Black Crescent Brigade'],
  },
  leeds: { key: LEEDS, type: 'place', name: 'Leeds', country: 'GB', lat: 53.7965, lon: -1.5478, surfaces: ['Leeds'] },
  lyon: { key: LYON, type: 'place', name: 'Lyon', country: 'FR', lat: 45.7485, lon: 4.8467, surfaces: ['Lyon'] },
  london: {
    key: LONDON,
    type: 'place',
    name: 'London',
    country: 'GB',
    lat: 51.5085,
    lon: -0.1257,
    surfaces: ['London'],
  },
  plot: {
    key: PLOT,
    type: 'incident',
    name: 'Leeds railway bomb plot',
    kind: 'foiled plot',
    date: '2021-03-02',
    place: 'leeds',
    surfaces: ['a plot to bomb', 'the Leeds railway plot', 'the plot'],
  },
  shooting: {
    key: SHOOTING,
    type: 'incident',
    name: 'Lyon tram stop shooting',
    kind: 'shooting',
    date: '2022-06-10',
    place: 'lyon',
    surfaces: ['shot dead two people', 'the tram stop shooting'],
  },
};

interface Rel {
  type: RelationType;
  from: string;
  to: string;
  label?: ParticipantRole | string;
  /** the named rules that found it, as the extractor records them (Relation.rules) */
  rules?: string[];
}

interface FixtureArticle {
  title: string;
  source: string;
  published: string;
  text: string;
  entities: string[];
  relations: Rel[];
}

const PLOT_TEXT = (verb: string) =>
  [
    'Counter-terrorism police arrested a man in Leeds on Tuesday after foiling a plot to bomb the main railway station of Leeds.',
    'Detective Superintendent Alan Prewitt of West Yorkshire Police said the suspect, Daniel Ormsby, had been watched by MI5 for several months.',
    `Ormsby, 29, was held over the plot and is being questioned at a police station, Prewitt ${verb} reporters.`,
  ].join(' ');

const PLOT_RELATIONS: Rel[] = [
  { type: 'location', from: 'plot', to: 'leeds' },
  {
    type: 'role',
    from: 'prewitt',
    to: 'wyp',
    label: 'Detective Superintendent',
    rules: ['relation/title-person-of-org'],
  },
  { type: 'co_mention', from: 'ormsby', to: 'mi5' },
  { type: 'participation', from: 'ormsby', to: 'plot', label: 'perpetrator' },
];

export const ARTICLES: FixtureArticle[] = [
  {
    title: 'Police foil railway bomb plot in Leeds',
    source: 'Pennine Herald',
    published: '2021-03-02',
    text: PLOT_TEXT('told'),
    entities: ['leeds', 'plot', 'prewitt', 'wyp', 'ormsby', 'mi5'],
    relations: PLOT_RELATIONS,
  },
  {
    title: 'Leeds bomb plot foiled, suspect detained',
    source: 'Dales Courier',
    published: '2021-03-03',
    text: PLOT_TEXT('informed'),
    entities: ['leeds', 'plot', 'prewitt', 'wyp', 'ormsby', 'mi5'],
    relations: PLOT_RELATIONS,
  },
  {
    title: 'Gunman kills two at Lyon tram stop',
    source: 'Rhone Monitor',
    published: '2022-06-11',
    text: [
      'A gunman shot dead two people at a tram stop in Lyon on Friday evening before fleeing on foot.',
      'Prosecutor Claire Vasseur said Marc Delorme, arrested two hours after the tram stop shooting, had acted alone.',
      'Vasseur said investigators were examining whether Delorme had contact with the Black Crescent Brigade, an armed group.',
    ].join(' '),
    entities: ['lyon', 'shooting', 'vasseur', 'delorme', 'bcb'],
    relations: [
      { type: 'location', from: 'shooting', to: 'lyon' },
      { type: 'co_mention', from: 'vasseur', to: 'delorme' },
      { type: 'affiliation', from: 'delorme', to: 'bcb' },
      { type: 'participation', from: 'delorme', to: 'shooting', label: 'perpetrator' },
    ],
  },
  {
    title: 'Leeds plot suspect Ormsby charged',
    source: 'Northgate Times',
    published: '2021-03-09',
    text: [
      'Daniel Ormsby, the man arrested over the Leeds railway plot, was charged on Monday with preparing acts of terrorism.',
      'Alan Prewitt of West Yorkshire Police said the inquiry had been run jointly with MI5.',
      'Prosecutors said Ormsby had exchanged messages with a contact in the Black Crescent Brigade.',
      'Ormsby will appear before magistrates in London on Friday.',
    ].join(' '),
    entities: ['ormsby', 'plot', 'leeds', 'prewitt', 'wyp', 'mi5', 'bcb', 'london'],
    relations: [
      { type: 'participation', from: 'ormsby', to: 'plot', label: 'perpetrator' },
      { type: 'role', from: 'prewitt', to: 'wyp' },
      { type: 'co_mention', from: 'wyp', to: 'mi5' },
      { type: 'co_mention', from: 'ormsby', to: 'bcb' },
      { type: 'co_mention', from: 'ormsby', to: 'london' },
    ],
  },
];

/** Where TEXT names one of SURFACES: every occurrence, longest surface first, none overlapping one taken before. */
function surfacesIn(text: string, surfaces: readonly string[]): Array<{ start: number; end: number; text: string }> {
  const found: Array<{ start: number; end: number; text: string }> = [];
  for (const surface of [...surfaces].sort((x, y) => y.length - x.length)) {
    for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
      if (found.some((m) => at < m.end && at + surface.length > m.start)) continue;
      found.push({ start: at, end: at + surface.length, text: surface });
    }
  }
  return found;
}

/** The extraction result a perfect extractor would return for a fixture article. */
function annotate(a: FixtureArticle, text: string): ExtractionResult {
  const sentences = sentencesOf(text);
  const sentenceAt = (pos: number) => sentences.findIndex((s) => pos >= s.start && pos < s.end);
  const entities: Entity[] = [];
  for (const name of a.entities) {
    const spec = ENTITIES[name]!;
    const mentions: Entity['mentions'] = surfacesIn(text, spec.surfaces).map((m) => ({
      ...m,
      sentence: sentenceAt(m.start),
    }));
    if (mentions.length === 0) throw new Error(`fixture: ${spec.name} is not named in "${a.title}"`);
    // where the title names it, as the headline stage marks it (src/extract/headline.ts)
    const titleMentions: TitleMention[] = surfacesIn(a.title, spec.surfaces).map((m) => ({ field: 'title', ...m }));
    const base = {
      id: name,
      key: spec.key,
      name: spec.name,
      aliases: [],
      mentions,
      ...(titleMentions.length ? { titleMentions } : {}),
    };
    if (spec.type === 'person') entities.push({ ...base, type: 'person', roles: [] });
    else if (spec.type === 'organization')
      entities.push({ ...base, type: 'organization', kind: spec.kind, country: null });
    else if (spec.type === 'place')
      entities.push({
        ...base,
        type: 'place',
        placeKind: 'city',
        country: spec.country,
        lat: spec.lat,
        lon: spec.lon,
        ambiguous: false,
      });
    else
      entities.push({
        ...base,
        type: 'incident',
        kind: spec.kind,
        place: ENTITIES[spec.place]!.name,
        placeId: spec.place,
        date: spec.date,
        participants: [],
        killed: null,
        injured: null,
      });
  }
  const relations = a.relations.map((r) => {
    const from = entities.find((e) => e.id === r.from)!;
    const to = entities.find((e) => e.id === r.to)!;
    const shared = from.mentions.map((m) => m.sentence).find((s) => to.mentions.some((t) => t.sentence === s));
    if (shared === undefined) throw new Error(`fixture: ${r.from} and ${r.to} share no sentence in "${a.title}"`);
    const s = sentences[shared]!;
    return {
      type: r.type,
      from: r.from,
      to: r.to,
      ...(r.label ? { label: r.label } : {}),
      evidence: [{ start: s.start, end: s.end, sentence: shared }],
      ...(r.rules ? { rules: r.rules } : {}),
    };
  });
  return { sentences, entities, relations, warnings: [] };
}

export async function ingestFixture(graph: Graph): Promise<IngestSummary> {
  const summary = await ingestAnnotated(
    graph,
    {
      name: 'fixture',
      file: 'browser-fixture',
      url: (a, i) => `https://example.org/${a.source.toLowerCase().replace(/\W+/g, '-')}/${i}`,
    },
    ARTICLES,
    annotate,
  );
  const stored = async (extracted: string): Promise<string> =>
    graph.read(async (tx) => {
      const r = await tx.run(
        'MATCH (f:IncidentFrame {extractedKey: $k}) RETURN f.incident AS key ORDER BY key LIMIT 1',
        { k: extracted },
      );
      const key: unknown = r.records[0]?.get('key');
      if (typeof key !== 'string') throw new Error(`fixture: no Incident node for ${extracted}`);
      return key;
    });
  PLOT = await stored(ENTITIES.plot!.key);
  SHOOTING = await stored(ENTITIES.shooting!.key);
  return summary;
}
