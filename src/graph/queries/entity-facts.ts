// What an entity page says about a node in words: its facts (when, where, the toll, roles) and why the graph holds
// it as it is (the reasons kept for every merge, type and place decision). Built from the node's stored properties;
// a property of the wrong shape is left out, never shown half-read.
import { z } from 'zod';
import type { EntityFacts, NodeType } from '../../api/contract.js';
import { ONTOLOGY } from '../../ontology/index.js';

const Strings = z.array(z.string());
const Count = z.number().int().nonnegative();

/**
 * An article id as the writer makes it (src/ingest/normalise.ts articleIdFromHash) in a reason, with the extracted
 * incident key a merge reason writes after it ("a_2e44… incident:bombing:…: score 7.1"): that key is for machines.
 */
const ARTICLE_REF = /\b(a_[0-9a-f]{16})(?:\s+incident:\S*?(?=:?(?:\s|$)))?/gu;

/** The ids of the articles the reasons name. */
export function articleIdsIn(f: EntityFacts): string[] {
  const ids = f.reasons.flatMap((r) => r.items.flatMap((i) => [...i.matchAll(ARTICLE_REF)].map((m) => m[1]!)));
  return [...new Set(ids)];
}

/** The reasons with each article they name written as its title, in quotes. */
export function withArticleTitles(f: EntityFacts, titles: ReadonlyMap<string, string>): EntityFacts {
  const titled = (reason: string) =>
    reason.replace(ARTICLE_REF, (whole, id: string) => (titles.has(id) ? `“${titles.get(id)}”` : whole));
  return { facts: f.facts, reasons: f.reasons.map((r) => ({ ...r, items: r.items.map(titled) })) };
}

function read<T>(schema: z.ZodType<T>, v: unknown): T | undefined {
  const r = schema.safeParse(v);
  return r.success ? r.data : undefined;
}

const label = (items: ReadonlyArray<{ id: string; label: string }>, id: string | null) =>
  id ? (items.find((k) => k.id === id)?.label ?? id) : null;

/** "victim: 129 people @ a_e88:0" -> role and words, the place of the words left out */
function describedByRole(described: string[]): Array<{ role: string; items: string[] }> {
  const byRole = new Map<string, string[]>();
  for (const d of described) {
    const m = /^([^:]+):\s*(.*?)(?:\s+@\s+\S+)?$/u.exec(d);
    if (!m) continue;
    const list = byRole.get(m[1]!) ?? [];
    if (!list.some((x) => x.toLowerCase() === m[2]!.toLowerCase())) list.push(m[2]!);
    byRole.set(m[1]!, list);
  }
  return [...byRole].map(([role, items]) => ({ role, items }));
}

/** "a_2e44992b: same full name" per article -> "same full name (8 articles)" */
function identityReasons(lines: string[]): string[] {
  const counts = new Map<string, number>();
  for (const l of lines) {
    const why = l.replace(/^\S+:\s*/u, '');
    counts.set(why, (counts.get(why) ?? 0) + 1);
  }
  return [...counts].map(([why, n]) => `${why} (${n} article${n === 1 ? '' : 's'})`);
}

/** "perpetrator" -> "Perpetrators" */
const plural = (role: string) => `${role[0]!.toUpperCase()}${role.slice(1)}s`;

const PRECISION_WORDS: Record<string, string> = {
  country: "the country's centre",
  region: "the region's centre",
  city: "the town's",
  'site-in-city': "its town's: the gazetteer does not hold the site itself",
};

/** a site the gazetteer holds (a landmark: key place:region:… or place:geo:…) has coordinates of its own */
const SITE_OF_GAZETTEER = "the site's own, from the gazetteer";

/** a named participant of an incident: its role and name */
export interface NamedParticipant {
  role: string;
  name: string;
}

function incidentFacts(
  kind: string | null,
  date: string | null,
  x: Record<string, unknown>,
  named: readonly NamedParticipant[],
): EntityFacts {
  const facts: EntityFacts['facts'] = [];
  const reasons: EntityFacts['reasons'] = [];
  const kindLabel = label(ONTOLOGY.incidentKinds, kind);
  if (kindLabel) facts.push({ label: 'Kind', value: kindLabel });
  const period = read(z.string(), x.datePeriod);
  const firstReported = read(z.string(), x.firstReported);
  facts.push({
    label: 'When',
    value: date
      ? date
      : period
        ? `${period} (${read(z.string(), x.datePrecision) ?? 'period'} only)`
        : `undated${firstReported ? `; first reported ${firstReported}` : ''}`,
  });
  const place = read(z.string(), x.placeName);
  facts.push({ label: 'Where', value: place ?? 'no place the reports agree on' });
  const killed = read(Count, x.killed),
    injured = read(Count, x.injured);
  if (killed !== undefined) facts.push({ label: 'Killed', value: String(killed) });
  if (injured !== undefined) facts.push({ label: 'Injured', value: String(injured) });
  const roles = [...new Set(named.map((p) => p.role))];
  for (const role of roles)
    facts.push({
      label: plural(role),
      value: named
        .filter((p) => p.role === role)
        .map((p) => p.name)
        .join('; '),
    });
  // a count ("129 people") is the toll above, said again
  const counted = killed !== undefined || injured !== undefined;
  for (const { role, items } of describedByRole(read(Strings, x.describedParticipants) ?? [])) {
    const words = items.filter((i) => !(counted && /^\d/u.test(i)));
    if (words.length) facts.push({ label: `${plural(role)} (described)`, value: words.join('; ') });
  }
  const follows = read(z.string(), x.followsName);
  if (follows) facts.push({ label: 'Follows', value: follows });
  const frames = read(Count, x.frames);
  if (frames !== undefined) facts.push({ label: 'Reports', value: String(frames) });
  const flags = read(Strings, x.dateFlags) ?? [];
  if (flags.length) reasons.push({ label: 'Dates not taken as the event’s', items: flags });
  const placeReason = read(z.string(), x.placeReason);
  if (placeReason) reasons.push({ label: 'Place', items: [placeReason] });
  const sides = read(Strings, x.sideReasons) ?? [];
  if (sides.length) reasons.push({ label: 'Who did what', items: sides });
  const merged = read(Strings, x.mergedFrom) ?? [];
  if (merged.length) reasons.push({ label: 'Why these reports are one incident', items: merged });
  return { facts, reasons };
}

function personFacts(x: Record<string, unknown>): EntityFacts {
  const facts: EntityFacts['facts'] = [];
  const roles = read(Strings, x.roles) ?? [];
  if (roles.length) facts.push({ label: 'Roles', value: roles.join('; ') });
  const home = read(Strings, x.homeCountries) ?? [];
  if (home.length) facts.push({ label: 'Countries of the reports', value: home.join(', ') });
  const reasons: EntityFacts['reasons'] = [];
  const names = read(Strings, x.reasons) ?? [];
  if (names.length) reasons.push({ label: 'Names joined', items: names });
  const identity = identityReasons(read(Strings, x.identity) ?? []);
  if (identity.length) reasons.push({ label: 'Same person across articles', items: identity });
  return { facts, reasons };
}

function placeFacts(key: string | undefined, country: string | null, x: Record<string, unknown>): EntityFacts {
  const facts: EntityFacts['facts'] = [];
  const kind = label(ONTOLOGY.placeKinds, read(z.string(), x.placeKind) ?? null);
  if (kind) facts.push({ label: 'Kind', value: kind });
  const admin1 = read(z.string(), x.admin1);
  const within = [admin1, country].filter(Boolean).join(', ');
  if (within) facts.push({ label: 'In', value: within });
  const precision = read(z.string(), x.precision);
  const gazetteerSite = precision === 'site-in-city' && key !== undefined && !key.startsWith('place:name:');
  const coordinates = gazetteerSite ? SITE_OF_GAZETTEER : precision ? PRECISION_WORDS[precision] : undefined;
  if (coordinates) facts.push({ label: 'Coordinates', value: coordinates });
  if (read(z.boolean(), x.ambiguous))
    facts.push({ label: 'Uncertain', value: 'the text does not settle which place of this name it is' });
  const why = read(Strings, x.reasons) ?? [];
  return { facts, reasons: why.length ? [{ label: 'How it was placed', items: why }] : [] };
}

function organizationFacts(kind: string | null, country: string | null, x: Record<string, unknown>): EntityFacts {
  const facts: EntityFacts['facts'] = [];
  const kindLabel = label(ONTOLOGY.organizationKinds, kind);
  if (kindLabel) facts.push({ label: 'Kind', value: kindLabel });
  if (country) facts.push({ label: 'Country', value: country });
  const why = read(Strings, x.reasons) ?? [];
  return { facts, reasons: why.length ? [{ label: 'Names and type', items: why }] : [] };
}

/**
 * The facts and reasons of an entity page, from the node's summary fields, its other stored properties and (incidents)
 * its named participants; articles in the reasons are named by id until withArticleTitles.
 */
export function entityFacts(
  node: { key?: string; type: NodeType; kind: string | null; country: string | null; date: string | null },
  extra: Record<string, unknown>,
  participants: readonly NamedParticipant[] = [],
): EntityFacts {
  switch (node.type) {
    case 'incident':
      return incidentFacts(node.kind, node.date, extra, participants);
    case 'person':
      return personFacts(extra);
    case 'place':
      return placeFacts(node.key, node.country, extra);
    case 'organization':
      return organizationFacts(node.kind, node.country, extra);
  }
}
