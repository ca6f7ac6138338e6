// The vocabulary of the graph, read from data/ontology.json: entity types, organisation, place and incident
// kinds, incident families, which kinds may be one event, participant roles, relation types, labels and colours.
// Every layer (extract, graph, dedup, server, client) reads kinds from here; none keeps its own list
// (test/unit/ontology.test.ts fails when one does). Imported as JSON so the Vite client can use it too;
// validated once, when this module loads, and a bad file throws naming data/ontology.json.
import raw from '../../data/ontology.json' with { type: 'json' };
import { z } from 'zod';
import { titleCase } from '../title-case.js';

/** The entity types are the discriminants of the extraction contract's union types, so they are also a TS type. */
export type EntityType = 'person' | 'organization' | 'place' | 'incident';

const id = z.string().min(1);
const color = z.string().regex(/^#[0-9A-Fa-f]{6}$/, 'must be a #RRGGBB colour');
const Item = z.object({ id, label: z.string().min(1) });

export const OntologySchema = z
  .object({
    entityTypes: z.array(
      z.object({
        id: z.enum(['person', 'organization', 'place', 'incident']),
        label: z.string().min(1),
        color,
        shape: z.string().min(1),
        symbol: z.string().min(1),
      }),
    ),
    organizationKinds: z.array(Item).min(1),
    placeKinds: z.array(Item).min(1),
    incidentFamilies: z.array(Item.extend({ color, response: z.boolean() })).min(1),
    incidentKinds: z
      .array(z.object({ id, label: z.string().min(1), nameWithVictim: z.boolean(), family: id, violent: z.boolean() }))
      .min(1),
    sameEvent: z.object({
      inArticle: z.object({
        generic: z.array(id),
        pairs: z.array(z.tuple([id, id])),
        responsePairs: z.array(z.tuple([id, id])).default([]),
        lasting: z
          .object({ kinds: z.array(id), acrossBorders: z.array(id).default([]) })
          .default({ kinds: [], acrossBorders: [] }),
        inSentence: z.object({ pairs: z.array(z.tuple([id, id])) }).default({ pairs: [] }),
        holds: z.object({ kinds: z.record(id, z.array(id)) }).default({ kinds: {} }),
      }),
      acrossArticles: z.object({ groups: z.array(z.array(id)) }),
      stories: z.object({ generic: z.array(id) }),
    }),
    responseHarm: z.object({ kinds: z.array(id) }).default({ kinds: [] }),
    placePrepositions: z.object({ on: z.array(z.string().min(1)) }).default({ on: [] }),
    crowdViolence: z.object({ from: z.array(id), killing: z.record(id, id), otherwise: id }).optional(),
    participantRoles: z.array(Item).min(1),
    relationTypes: z
      .array(
        Item.extend({
          graphType: z.string().regex(/^[A-Z][A-Z_]*$/, 'must be an upper-case relationship type'),
          /** a link with no direction (two names in one sentence): read and drawn the same from either end */
          symmetric: z.boolean().default(false),
          /**
           * the link's label when it only says that one end talked about the other (a speaker about an incident): no
           * part in it, drawn apart from the links that say one
           */
          remark: z.string().optional(),
        }),
      )
      .min(1),
  })
  .superRefine((o, ctx) => {
    const kinds = new Set(o.incidentKinds.map((k) => k.id));
    const families = new Set(o.incidentFamilies.map((f) => f.id));
    o.incidentKinds.forEach((k, i) => {
      if (!families.has(k.family))
        ctx.addIssue({ code: 'custom', path: ['incidentKinds', i, 'family'], message: `unknown family "${k.family}"` });
    });
    const check = (list: readonly string[], path: (string | number)[]) =>
      list.forEach((k, i) => {
        if (!kinds.has(k))
          ctx.addIssue({ code: 'custom', path: [...path, i], message: `unknown incident kind "${k}"` });
      });
    check(o.sameEvent.inArticle.generic, ['sameEvent', 'inArticle', 'generic']);
    o.sameEvent.inArticle.pairs.forEach((p, i) => check(p, ['sameEvent', 'inArticle', 'pairs', i]));
    o.sameEvent.inArticle.responsePairs.forEach((p, i) => check(p, ['sameEvent', 'inArticle', 'responsePairs', i]));
    check(o.sameEvent.inArticle.lasting.kinds, ['sameEvent', 'inArticle', 'lasting', 'kinds']);
    check(o.sameEvent.inArticle.lasting.acrossBorders, ['sameEvent', 'inArticle', 'lasting', 'acrossBorders']);
    for (const [outer, held] of Object.entries(o.sameEvent.inArticle.holds.kinds)) {
      check([outer], ['sameEvent', 'inArticle', 'holds', 'kinds', outer]);
      check(held, ['sameEvent', 'inArticle', 'holds', 'kinds', outer]);
    }
    o.sameEvent.inArticle.inSentence.pairs.forEach((p, i) =>
      check(p, ['sameEvent', 'inArticle', 'inSentence', 'pairs', i]),
    );
    o.sameEvent.acrossArticles.groups.forEach((g, i) => check(g, ['sameEvent', 'acrossArticles', 'groups', i]));
    check(o.sameEvent.stories.generic, ['sameEvent', 'stories', 'generic']);
    check(o.responseHarm.kinds, ['responseHarm', 'kinds']);
    if (o.crowdViolence) {
      const cv = o.crowdViolence;
      check([cv.otherwise], ['crowdViolence', 'otherwise']);
      for (const [k, v] of Object.entries(cv.killing)) check([k, v], ['crowdViolence', 'killing', k]);
      cv.from.forEach((f, i) => {
        if (!families.has(f))
          ctx.addIssue({ code: 'custom', path: ['crowdViolence', 'from', i], message: `unknown family "${f}"` });
      });
    }
    const seen = new Set<string>();
    for (const [name, list] of Object.entries({
      organizationKinds: o.organizationKinds,
      placeKinds: o.placeKinds,
      incidentKinds: o.incidentKinds,
      participantRoles: o.participantRoles,
      relationTypes: o.relationTypes,
    })) {
      seen.clear();
      for (const item of list) {
        if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: [name], message: `"${item.id}" is listed twice` });
        seen.add(item.id);
      }
    }
  });
export type OntologyData = z.infer<typeof OntologySchema>;

/** Parses the ontology file's content; throws an error naming the file and every problem. */
export function parseOntology(data: unknown, file = 'data/ontology.json'): OntologyData {
  const r = OntologySchema.safeParse(data);
  if (!r.success)
    throw new Error(
      `${file}: ${r.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}`,
    );
  return r.data;
}

export const ONTOLOGY: OntologyData = parseOntology(raw);

export type OrgKind = string;
export type PlaceKind = string;
export type IncidentKind = string;
export type IncidentFamily = string;
export type ParticipantRole = string;
export type RelationType = string;

export const ENTITY_TYPES: readonly EntityType[] = ONTOLOGY.entityTypes.map((t) => t.id);
export const ORG_KINDS: readonly OrgKind[] = ONTOLOGY.organizationKinds.map((k) => k.id);
export const PLACE_KINDS: readonly PlaceKind[] = ONTOLOGY.placeKinds.map((k) => k.id);
export const INCIDENT_KINDS: readonly IncidentKind[] = ONTOLOGY.incidentKinds.map((k) => k.id);
export const PARTICIPANT_ROLES: readonly ParticipantRole[] = ONTOLOGY.participantRoles.map((k) => k.id);
export const RELATION_TYPES: readonly RelationType[] = ONTOLOGY.relationTypes.map((k) => k.id);

const kindInfo = new Map(ONTOLOGY.incidentKinds.map((k) => [k.id, k]));
const familyInfo = new Map(ONTOLOGY.incidentFamilies.map((f) => [f.id, f]));

/** Label, family and flags of an incident kind; an unknown kind reads as the ontology's "other". */
export function incidentKindInfo(kind: IncidentKind): OntologyData['incidentKinds'][number] {
  return (
    kindInfo.get(kind) ??
    kindInfo.get('other') ?? { id: kind, label: 'Incident', nameWithVictim: false, family: 'other', violent: false }
  );
}

/**
 * How a place reads inside an incident name. A name written wholly in capitals with a word of four or more letters
 * is a dateline's casing ("DERNMOUTH —"), not the place's spelling: it is written in normal case ("Dernmouth"), each
 * word and each hyphenated part capitalised. Short all-capital names are acronyms ("UK", "NYC") and are kept.
 */
export function placeInName(place: string): string {
  if (/\p{Ll}/u.test(place) || !/\p{Lu}{4,}/u.test(place)) return place;
  return titleCase(place);
}

const onHeads = new Set(ONTOLOGY.placePrepositions.on);

/**
 * The preposition before an incident's place: "on" a bridge or street (a site whose name ends in a word of
 * ontology placePrepositions.on: "Vehicle attack on Westminster Bridge"), "at" another site (a building, a venue, a
 * square: "Siege at Lindt Cafe"), "in" a city, region or country ("Shooting in Leeds").
 */
export function placePreposition(placeKind: string | null | undefined, place?: string | null): 'on' | 'at' | 'in' {
  if (placeKind !== 'site') return 'in';
  const head = (place ?? '').split(',')[0]!.trim().split(/\s+/).pop()?.toLowerCase() ?? '';
  return onHeads.has(head) ? 'on' : 'at';
}

/**
 * How an incident is named wherever a name is made from its facts (extraction and the graph's Incident nodes use
 * this one rule): the kind's label, its victim where the kind is named by one ("Murder of …"), its place (placeInName,
 * after placePreposition) and its date: "Shooting in Leeds (2025-03-02)", "Siege at Lindt Cafe (2014-12-15)",
 * "Vehicle attack on Westminster Bridge (2017-03-22)".
 */
export function incidentName(
  kind: IncidentKind,
  facts: { victim?: string | null; place?: string | null; placeKind?: string | null; date?: string | null },
): string {
  const info = incidentKindInfo(kind);
  let name = info.label;
  if (facts.victim && info.nameWithVictim) name += ` of ${facts.victim}`;
  if (facts.place) name += ` ${placePreposition(facts.placeKind, facts.place)} ${placeInName(facts.place)}`;
  if (facts.date) name += ` (${facts.date})`;
  return name;
}

/** The family of an incident kind ("armed attack", "policing"); unknown kinds fall in "other". */
export function incidentFamily(kind: string | null | undefined): IncidentFamily {
  return (kind && kindInfo.get(kind)?.family) || 'other';
}

/** Colour of an incident kind's family. */
export function incidentColor(kind: string | null | undefined): string {
  return familyInfo.get(incidentFamily(kind))?.color ?? '#555555';
}

/** A kind of harm done (shooting, bombing, murder …), not a police response nor "other". */
export function isViolentKind(kind: string): boolean {
  return kindInfo.get(kind)?.violent === true;
}

/**
 * A violent kind that is the police's or troops' response when the text says they did it ("shot dead by police"):
 * ontology responseHarm.
 */
export function isResponseHarmKind(kind: string): boolean {
  return ONTOLOGY.responseHarm.kinds.includes(kind);
}

/**
 * The kind an unorganised crowd's doing of a violent kind is (ontology crowdViolence): a killing by a mob is a
 * lynching, any other violence it does a riot; null for a kind no crowd does (an air strike, a hostage-taking) or
 * one that is already a crowd's.
 */
export function crowdKind(kind: IncidentKind): IncidentKind | null {
  const cv = ONTOLOGY.crowdViolence;
  if (!cv || !cv.from.includes(incidentFamily(kind))) return null;
  return cv.killing[kind] ?? cv.otherwise;
}

/** A kind a crowd does (ontology crowdViolence: a riot, a lynching). */
export function isCrowdKind(kind: IncidentKind): boolean {
  const cv = ONTOLOGY.crowdViolence;
  return !!cv && (kind === cv.otherwise || Object.values(cv.killing).includes(kind));
}

/** A kind of the police/security response family (arrest, raid, foiled plot). */
export function isResponseKind(kind: string): boolean {
  return familyInfo.get(incidentFamily(kind))?.response === true;
}

const inArticleGeneric = new Set(ONTOLOGY.sameEvent.inArticle.generic);
const inArticlePairs = new Set(
  ONTOLOGY.sameEvent.inArticle.pairs.flatMap(([a, b]) => [`${a}\u0000${b}`, `${b}\u0000${a}`]),
);

const inArticleResponsePairs = new Set(
  ONTOLOGY.sameEvent.inArticle.responsePairs.flatMap(([a, b]) => [`${a}\u0000${b}`, `${b}\u0000${a}`]),
);

/**
 * Within one article: may two trigger kinds describe one event? Across the line between a response and the harm it
 * answers only the pairs listed as responsePairs (a raid that turns into a siege).
 */
export function kindsMayBeOneEventInArticle(a: IncidentKind, b: IncidentKind): boolean {
  if (a === b) return true;
  if (isResponseKind(a) !== isResponseKind(b)) return inArticleResponsePairs.has(`${a}\u0000${b}`);
  if (inArticleGeneric.has(a) || inArticleGeneric.has(b)) return !isResponseKind(a);
  return inArticlePairs.has(`${a}\u0000${b}`);
}

const lastingKinds = new Set(ONTOLOGY.sameEvent.inArticle.lasting.kinds);
const lastingAcrossBorders = new Set(ONTOLOGY.sameEvent.inArticle.lasting.acrossBorders);

/** Whether an event of the kind lasts (a captivity, a hijacking): one article tells it at several days and places. */
export function isLastingKind(kind: IncidentKind): boolean {
  return lastingKinds.has(kind);
}

/** Whether a lasting event of the kind may move across borders (a hijacked airliner diverted abroad). */
export function lastsAcrossBorders(kind: IncidentKind): boolean {
  return lastingAcrossBorders.has(kind);
}

/** Kinds that other kinds told inside them belong to (a siege holds its shootings): the outer kind names the group. */
export const KINDS_HELD_WITHIN: ReadonlyMap<IncidentKind, readonly IncidentKind[]> = new Map(
  Object.entries(ONTOLOGY.sameEvent.inArticle.holds.kinds),
);

const inSentencePairs = new Set(
  ONTOLOGY.sameEvent.inArticle.inSentence.pairs.flatMap(([a, b]) => [`${a}\u0000${b}`, `${b}\u0000${a}`]),
);

/** Within one sentence: the kinds of one article, or stages of one assault told together (a car bomb, then gunmen). */
export function kindsMayBeOneEventInSentence(a: IncidentKind, b: IncidentKind): boolean {
  return kindsMayBeOneEventInArticle(a, b) || inSentencePairs.has(`${a}\u0000${b}`);
}

const acrossGroups = ONTOLOGY.sameEvent.acrossArticles.groups.map((g) => new Set(g));

/** Across articles (graph resolution): the same kind, or two kinds of one same-event group. */
export function kindsMayBeOneEventAcrossArticles(a: string, b: string): boolean {
  return a === b || acrossGroups.some((g) => g.has(a) && g.has(b));
}

/** Every kind that may be one event with `kind` across articles (itself included), sorted: for filtering in Cypher. */
export function kindsMatchableAcrossArticles(kind: string): string[] {
  const out = new Set([kind]);
  for (const g of acrossGroups) if (g.has(kind)) for (const k of g) out.add(k);
  return [...out].sort();
}

const storyGeneric = new Set(ONTOLOGY.sameEvent.stories.generic);

/** Same-story clusters: the same kind, or a generic kind ("attack", said before details are known) and any violent kind. */
export function kindsMayBeOneStoryEvent(a: string, b: string): boolean {
  return a === b || (storyGeneric.has(a) && isViolentKind(b)) || (storyGeneric.has(b) && isViolentKind(a));
}

/** The graph relationship type of an extraction relation type ("affiliation" → "AFFILIATED_WITH"). */
export const RELATION_GRAPH_TYPE: ReadonlyMap<RelationType, string> = new Map(
  ONTOLOGY.relationTypes.map((r) => [r.id, r.graphType]),
);

const RELATION_LABEL: ReadonlyMap<string, string> = new Map(ONTOLOGY.relationTypes.map((r) => [r.graphType, r.label]));

/**
 * What a graph relationship type is called where people read it ("CO_MENTIONED" → "mentioned together"): its
 * ontology label; a type the ontology does not list, lower-cased with spaces.
 */
export function relationLabel(graphType: string): string {
  return RELATION_LABEL.get(graphType) ?? graphType.toLowerCase().replace(/_/g, ' ');
}

const SYMMETRIC_RELATIONS: ReadonlySet<string> = new Set(
  ONTOLOGY.relationTypes.filter((r) => r.symmetric).map((r) => r.graphType),
);

/** The label of a link of `type` that is only a remark about its other end (the ontology's `remark`), if it has one. */
export function remarkLabel(type: RelationType): string | null {
  return ONTOLOGY.relationTypes.find((r) => r.id === type)?.remark ?? null;
}

/** Whether a graph relationship type has no direction (the ontology's `symmetric`: "mentioned together"). */
export function isSymmetricRelation(graphType: string): boolean {
  return SYMMETRIC_RELATIONS.has(graphType);
}

/** Two ends of a link as people read them: "A → B", or "A — B" for a link with no direction. */
export function linkEnds(graphType: string, from: string, to: string): string {
  return `${from} ${isSymmetricRelation(graphType) ? '—' : '→'} ${to}`;
}

export const ENTITY_TYPE_STYLE: ReadonlyMap<EntityType, OntologyData['entityTypes'][number]> = new Map(
  ONTOLOGY.entityTypes.map((t) => [t.id, t]),
);
