// The graph a set of article writes makes in an EMPTY database, as node and relationship tables for
// `neo4j-admin database import` (src/graph/bulk-csv.ts, `kg ingest --bulk`). Every decision is taken by the functions
// the online writer uses (src/graph/writer.ts), over the whole set as one batch in arrival order, against a store
// holding nothing: person and acronym joins (decideBatchPersons, decideBatchAcronyms with no stored candidates),
// incident frames and their clustering (framesOf, clusterFrames, incidentProperties, attachmentRows, followUpRows),
// entity rows combined per key (oneRowPerKey, personIdentityRows, entityReasonRows) and near-duplicates
// (DuplicateLinker.plan with an empty index). What is left here is what the writer's Cypher sets on a node it has
// just created; the integration test bulk-ingest.test.ts compares the two graphs whole.
import type { ManagedTransaction } from 'neo4j-driver';
import { clusterFrames } from '../resolution/incident-clustering.js';
import { DuplicateLinker } from './duplicate-links.js';
import { entityNodeProperties } from './bulk-entities.js';
import {
  anchorOf,
  attachmentRows,
  placeVerdicts,
  followedReferences,
  followUpRows,
  followsNames,
  followUpNodeNames,
  frameProps,
  framesOf,
  incidentProperties,
  sideVerdicts,
  type FollowUpRow,
  type StoredFrame,
} from './incident-frames.js';
import { ENTITY_LABEL, ENTITY_REL_TYPES } from './model.js';
import { decideBatchAcronyms, applyOrgResolutions } from './org-acronyms.js';
import { applyPersonResolutions, decideBatchPersons } from './person-identity.js';
import type { ArticleWrite } from './rows.js';
import { oneRowPerKey } from './entity-rows.js';
import { nameKeysOf } from './frame-name-keys.js';
import { entityReasonRows, MAX_REASONS, personIdentityRows } from './writer.js';
import { FINGERPRINT_VERSION } from '../dedup/fingerprint.js';
import type { WordLists } from '../extract/word-lists.js';

/** Cypher value types the import header names (`name:type`). */
export type ColumnType =
  'string' | 'long' | 'double' | 'boolean' | 'date' | 'datetime' | 'string[]' | 'long[]' | 'double[]';
export type Columns = Record<string, ColumnType>;
/** id spaces of the import: a node is referred to by its key property within its space */
export type IdSpace = 'Article' | 'Sentence' | 'Entity' | 'IncidentFrame' | 'KgLock';
export const ID_PROPERTY: Record<IdSpace, string> = {
  Article: 'id',
  Sentence: 'id',
  Entity: 'key',
  IncidentFrame: 'key',
  KgLock: 'name',
};

export interface NodeTable {
  name: string;
  space: IdSpace;
  labels: string[];
  columns: Columns;
  /** properties by column name (the id property included); null or absent: no property */
  rows: Array<Record<string, unknown>>;
}
export interface RelTable {
  name: string;
  type: string;
  from: IdSpace;
  to: IdSpace;
  columns: Columns;
  /** properties that, with the ends, tell two relationships of this table apart (for fix-ups after the import) */
  identity: string[];
  rows: Array<{ from: string; to: string; props: Record<string, unknown> }>;
}
export interface BulkGraph {
  nodes: NodeTable[];
  relationships: RelTable[];
  /** articles written (after repeats were dropped) */
  articles: number;
}

/** A transaction for a store that holds nothing: the duplicate planner reads only candidates it found, and there are none. */
const emptyStore = {
  run: () => {
    throw new Error('bulk planning read the database: the empty-store assumption does not hold');
  },
} as unknown as ManagedTransaction;

const REL_COLUMNS: Columns = {
  articleId: 'string',
  sentenceIds: 'string[]',
  evidence: 'long[]',
  label: 'string',
  rules: 'string[]',
  source: 'string',
  published: 'string',
  firstSeen: 'datetime',
};

const ARTICLE_COLUMNS: Columns = {
  id: 'string',
  title: 'string',
  url: 'string',
  source: 'string',
  published: 'string',
  outlet: 'string',
  credits: 'string[]',
  publishedDate: 'date',
  publishedAt: 'datetime',
  text: 'string',
  // the writer sends it as a JavaScript number without toInteger: Neo4j stores a float
  textTruncatedFrom: 'double',
  contentHash: 'string',
  wordCount: 'long',
  sourceHash: 'string',
  sourceArticles: 'long',
  ingestedAt: 'datetime',
  status: 'string',
  extractorVersion: 'string',
  firstSeen: 'datetime',
  minhash: 'long[]',
  shingleCount: 'long',
  fingerprintVersion: 'long',
};

const ENTITY_COLUMNS: Columns = {
  key: 'string',
  type: 'string',
  name: 'string',
  aliases: 'string[]',
  searchText: 'string',
  firstSeen: 'datetime',
  reasons: 'string[]',
};
const TYPE_COLUMNS: Record<'person' | 'organization' | 'place', Columns> = {
  person: {
    surname: 'string',
    countries: 'string[]',
    homeCountries: 'string[]',
    roles: 'string[]',
    identity: 'string[]',
    surnameJoins: 'string[]',
  },
  organization: { kind: 'string', country: 'string', acronyms: 'string' },
  place: {
    placeKind: 'string',
    country: 'string',
    lat: 'double',
    lon: 'double',
    ambiguous: 'boolean',
    admin1: 'string',
    precision: 'string',
    guessedWithin: 'boolean',
  },
};
const INCIDENT_COLUMNS: Columns = {
  key: 'string',
  type: 'string',
  name: 'string',
  aliases: 'string[]',
  searchText: 'string',
  kind: 'string',
  date: 'string',
  dateValue: 'date',
  placeKey: 'string',
  placeName: 'string',
  placeReason: 'string',
  lat: 'double',
  lon: 'double',
  killed: 'double',
  killedReason: 'string',
  injured: 'double',
  firstReported: 'date',
  followsName: 'string',
  mergedFrom: 'string[]',
  mergeScores: 'double[]',
  frames: 'long',
  describedParticipants: 'string[]',
  datePrecision: 'string',
  datePeriod: 'string',
  dateFlags: 'string[]',
  sideReasons: 'string[]',
  firstSeen: 'datetime',
};
const FRAME_COLUMNS: Columns = {
  key: 'string',
  articleId: 'string',
  extractedKey: 'string',
  name: 'string',
  kind: 'string',
  date: 'string',
  published: 'string',
  reference: 'boolean',
  placeKey: 'string',
  placeName: 'string',
  placeLabel: 'string',
  placeKind: 'string',
  country: 'string',
  lat: 'double',
  lon: 'double',
  placeAdmin1: 'string',
  participants: 'string[]',
  names: 'string[]',
  text: 'string',
  killed: 'double',
  injured: 'double',
  source: 'string',
  incident: 'string',
  rows: 'string',
  rev: 'string',
  followUpOf: 'string[]',
  followUpCue: 'string',
  followedUp: 'boolean',
  byResponders: 'boolean',
  described: 'string[]',
  datePrecision: 'string',
  datePeriod: 'string',
  dateFlag: 'string',
  placeReason: 'string',
  killedByList: 'boolean',
  anchor: 'date',
  nameKeys: 'string',
};

const sortedDistinct = (xs: readonly string[]) => [...new Set(xs)].sort();

/**
 * Plan the graph of `writes` (in arrival order; an id seen before is dropped, as the writer counts it unchanged)
 * written into an empty database at the instant `now` (ISO, UTC: every `firstSeen` and `ingestedAt`).
 */
export async function planBulkGraph(
  input: readonly ArticleWrite[],
  opts: { now: string; words: WordLists },
): Promise<BulkGraph> {
  const seenIds = new Set<string>();
  const writes = input.filter((w) => !seenIds.has(w.article.id) && seenIds.add(w.article.id));
  const orgs = decideBatchAcronyms(writes, []);
  const { people, doubts } = decideBatchPersons(writes, [], [], orgs);
  const split = writes.map((w, i) =>
    framesOf(applyOrgResolutions(applyPersonResolutions(w, people[i] ?? []), orgs[i] ?? [])),
  );
  const ws = split.map((s) => s.write);
  const now = opts.now;

  const plan = await new DuplicateLinker(opts.words).plan(
    emptyStore,
    ws.map((w) => w.article),
  );
  const signatures = new Map(plan.signatures.map((s) => [s.id, s]));
  const articles: NodeTable = {
    name: 'articles',
    space: 'Article',
    labels: ['Article'],
    columns: ARTICLE_COLUMNS,
    rows: ws.map(({ article: a }) => {
      const sig = signatures.get(a.id);
      return {
        id: a.id,
        title: a.title,
        url: a.url,
        source: a.source,
        published: a.published,
        outlet: a.outlet,
        credits: a.credits,
        publishedDate: a.published,
        publishedAt: a.publishedAt,
        text: a.text,
        textTruncatedFrom: a.textTruncatedFrom,
        contentHash: a.contentHash,
        wordCount: a.wordCount,
        sourceHash: a.sourceHash ?? null,
        sourceArticles: a.sourceArticles ?? null,
        ingestedAt: now,
        status: 'complete',
        extractorVersion: a.extractorVersion ?? null,
        firstSeen: now,
        minhash: sig?.minhash ?? null,
        shingleCount: sig ? sig.shingleCount : null,
        fingerprintVersion: sig ? FINGERPRINT_VERSION : null,
      };
    }),
  };
  const sentences: NodeTable = {
    name: 'sentences',
    space: 'Sentence',
    labels: ['Sentence'],
    columns: {
      id: 'string',
      articleId: 'string',
      index: 'long',
      start: 'long',
      end: 'long',
      text: 'string',
      textHash: 'string',
    },
    rows: ws.flatMap((w) => w.sentences.map((s) => ({ ...s, articleId: w.article.id }))),
  };

  // entities: the writer's rows combined per key, then what its statements set on a node they create
  const entityRows = oneRowPerKey(
    ws.flatMap((w) => [...w.entities.person, ...w.entities.organization, ...w.entities.place, ...w.entities.incident]),
  );
  const identities = new Map(personIdentityRows(ws, people, doubts).map((r) => [r.key, r]));
  const reasons = new Map(entityReasonRows(ws).map((r) => [r.key, r.reasons]));
  const entityTables: NodeTable[] = (['person', 'organization', 'place'] as const).map((type) => ({
    name: `entities-${type}`,
    space: 'Entity',
    labels: ['Entity', ENTITY_LABEL[type]],
    columns: { ...ENTITY_COLUMNS, ...TYPE_COLUMNS[type] },
    rows: entityRows
      .filter((r) => r.type === type)
      .map((r) => {
        const props: Record<string, unknown> = { ...entityNodeProperties(r), firstSeen: now };
        const why = reasons.get(r.key);
        if (why) props.reasons = sortedDistinct(why).slice(0, MAX_REASONS);
        const id = identities.get(r.key);
        if (type === 'person' && id) {
          props.countries = sortedDistinct(id.countries);
          props.homeCountries = sortedDistinct(id.homeCountries);
          props.roles = sortedDistinct(id.roles);
          props.identity = sortedDistinct(id.reasons).slice(0, MAX_REASONS);
          if (id.surnameJoins.length) props.surnameJoins = sortedDistinct(id.surnameJoins);
        }
        return props;
      }),
  }));

  const articleMentions: RelTable = {
    name: 'article-mentions',
    type: 'MENTIONS',
    from: 'Article',
    to: 'Entity',
    columns: { count: 'long', title: 'long[]' },
    identity: [],
    rows: ws.flatMap((w) =>
      w.articleMentions.map((m) => ({
        from: w.article.id,
        to: m.key,
        props: { count: m.count, ...(m.title?.length ? { title: m.title } : {}) },
      })),
    ),
  };
  const sentenceMentions: RelTable = {
    name: 'sentence-mentions',
    type: 'MENTIONS',
    from: 'Sentence',
    to: 'Entity',
    columns: { start: 'long', end: 'long', text: 'string' },
    identity: ['start', 'end'],
    rows: ws.flatMap((w) =>
      w.sentenceMentions.map((m) => ({
        from: m.sentenceId,
        to: m.key,
        props: { start: m.start, end: m.end, text: m.text },
      })),
    ),
  };
  const relationTables: RelTable[] = ENTITY_REL_TYPES.map((type) => ({
    name: `relations-${type.toLowerCase()}`,
    type,
    from: 'Entity',
    to: 'Entity',
    columns: REL_COLUMNS,
    identity: ['articleId'],
    rows: ws.flatMap((w) =>
      (w.relations[type] ?? []).map((r) => ({
        from: r.from,
        to: r.to,
        props: {
          articleId: w.article.id,
          sentenceIds: r.sentenceIds,
          evidence: r.evidence,
          label: r.label,
          rules: r.rules ?? null,
          source: w.article.source,
          published: w.article.published,
          firstSeen: now,
        },
      })),
    ),
  }));

  // incidents: every frame of the set clustered at once (the set's neighbourhood in an empty store is the set)
  const frames: StoredFrame[] = split.flatMap((s) => s.frames);
  const frameMap = new Map(frames.map((f) => [f.key, f]));
  const { assignment, incidents } = clusterFrames(frames, { standsAlone: followedReferences(frames) });
  const articleInfo = new Map(
    ws.map((w) => [w.article.id, { source: w.article.source, published: w.article.published }]),
  );
  const incidentProps = incidents.map((c) => incidentProperties(c, frameMap));
  const followUpLinks = followUpRows(frameMap, assignment, articleInfo).rows;
  followUpNodeNames(incidentProps, followUpLinks);
  const follows = followsNames(
    followUpLinks,
    new Map(incidentProps.map((p) => [String(p.key), { name: String(p.name), date: p.date ? String(p.date) : null }])),
  );
  const incidentTable: NodeTable = {
    name: 'entities-incident',
    space: 'Entity',
    labels: ['Entity', 'Incident'],
    columns: INCIDENT_COLUMNS,
    rows: incidentProps.map((p) => {
      return {
        key: p.key,
        type: 'incident',
        name: p.name,
        aliases: p.aliases,
        searchText: p.searchText,
        kind: p.kind,
        date: p.date,
        dateValue: p.date,
        placeKey: p.placeKey,
        placeName: p.placeName,
        placeReason: p.placeReason,
        lat: p.lat,
        lon: p.lon,
        killed: p.killed,
        killedReason: p.killedReason,
        injured: p.injured,
        firstReported: p.firstReported,
        followsName: follows.get(String(p.key)) ?? null,
        mergedFrom: p.mergedFrom,
        mergeScores: p.mergeScores,
        frames: p.frames,
        describedParticipants: p.describedParticipants,
        datePrecision: p.datePrecision,
        datePeriod: p.datePeriod,
        dateFlags: p.dateFlags,
        sideReasons: p.sideReasons,
        firstSeen: now,
      };
    }),
  };
  const sortedFrames = [...frames].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const frameTable: NodeTable = {
    name: 'incident-frames',
    space: 'IncidentFrame',
    labels: ['IncidentFrame'],
    columns: FRAME_COLUMNS,
    rows: sortedFrames.map((f) => ({
      key: f.key,
      ...frameProps(f),
      incident: assignment.get(f.key) ?? null,
      anchor: anchorOf(f),
      nameKeys: nameKeysOf(f.names ?? []),
    })),
  };
  const attach = sortedFrames.flatMap((f) => {
    const key = assignment.get(f.key) ?? null;
    return key ? [{ f, key }] : [];
  });
  const attached = attachmentRows(attach, articleInfo, sideVerdicts(attach), placeVerdicts(attach));
  const covers: RelTable = {
    name: 'covers',
    type: 'COVERS',
    from: 'Article',
    to: 'Entity',
    columns: { reference: 'boolean' },
    identity: [],
    rows: attached.covers.map((c) => ({
      from: c.articleId,
      to: c.key,
      props: { reference: c.reference ? true : null },
    })),
  };
  const incidentArticleMentions: RelTable = {
    ...articleMentions,
    name: 'incident-article-mentions',
    rows: attached.covers
      .filter((c) => c.count > 0 || c.title?.length)
      .map((c) => ({
        from: c.articleId,
        to: c.key,
        props: { count: c.count, ...(c.title?.length ? { title: c.title } : {}) },
      })),
  };
  const incidentSentenceMentions: RelTable = {
    ...sentenceMentions,
    name: 'incident-sentence-mentions',
    rows: attached.mentions.map((m) => ({
      from: m.sentenceId,
      to: m.key,
      props: { start: m.start, end: m.end, text: m.text },
    })),
  };
  const relProps = (r: Omit<FollowUpRow, 'type' | 'from' | 'to' | 'rules'> & { rules?: string[] }) => ({
    articleId: r.articleId,
    sentenceIds: r.sentenceIds,
    evidence: r.evidence,
    label: r.label,
    rules: r.rules ?? null,
    source: r.source,
    published: r.published,
    firstSeen: now,
  });
  const incidentRelations: RelTable[] = ENTITY_REL_TYPES.map((type) => ({
    name: `incident-relations-${type.toLowerCase()}`,
    type,
    from: 'Entity',
    to: 'Entity',
    columns: REL_COLUMNS,
    identity: ['articleId'],
    rows: attached.relations
      .filter((r) => r.type === type)
      .map((r) => ({ from: r.from, to: r.to, props: relProps(r) })),
  }));
  // FOLLOW_UP_OF links, and PART_OF links of the parts of a series (followUpRows)
  const followUps: RelTable[] = (['FOLLOW_UP_OF', 'PART_OF'] as const).map((type) => ({
    name: type === 'FOLLOW_UP_OF' ? 'follow-ups' : 'series-parts',
    type,
    from: 'Entity',
    to: 'Entity',
    columns: REL_COLUMNS,
    identity: ['articleId'],
    rows: followUpLinks
      .filter((r) => r.type === type)
      .map((r) => ({
        from: r.from,
        to: r.to,
        props: relProps(r),
      })),
  }));
  const duplicates: RelTable = {
    name: 'duplicates',
    type: 'DUPLICATE_OF',
    from: 'Article',
    to: 'Article',
    columns: { score: 'double', kind: 'string' },
    identity: [],
    rows: plan.pairs.map((p) => ({ from: p.newer, to: p.older, props: { score: p.score, kind: p.kind } })),
  };
  // the lock every online batch takes first (lockIncidents)
  const lock: NodeTable = {
    name: 'lock',
    space: 'KgLock',
    labels: ['KgLock'],
    columns: { name: 'string', held: 'boolean' },
    rows: ws.length ? [{ name: 'incidents', held: true }] : [],
  };
  return {
    nodes: [articles, sentences, ...entityTables, incidentTable, frameTable, lock],
    relationships: [
      articleMentions,
      sentenceMentions,
      ...relationTables,
      covers,
      incidentArticleMentions,
      incidentSentenceMentions,
      ...incidentRelations,
      ...followUps,
      duplicates,
    ],
    articles: ws.length,
  };
}
