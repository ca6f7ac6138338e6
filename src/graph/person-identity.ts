// Identity of people across articles, run inside the write transaction before entities are merged: a person of
// the new article joins the stored Person of the same full name only when the guards agree; a namesake the
// evidence contradicts is kept apart under a qualified key. Every decision is written on the node (`identity`)
// so the API shows why two articles' "John Smith" are one node, or two.
//
// Guards (what one article knows of a person, compared with what the stored articles knew):
//   countries  the countries the text ties the person to ("Tunisian Anis Amri"); two disjoint sets contradict
//   home       the articles' own countries (dateline, most places): disjoint ones contradict only when the two
//              sides share no entity and no role
//   context    the other named entities of the articles (not countries): shared ones are evidence of one person
//   roles      titles the text gave the person ("Commissioner", "Justice")
//   middle     the middle names written ("Khuram Shazad Butt"): a key without the middle name (src/extract/identity.ts)
//              joins "Khuram Butt" to either, but two different middle names are two people; the same for second
//              surnames under a key of given name and first surname ("Julio Oquendo Castillo", "Julio Oquendo Perez")
// Decisions depend only on what is stored plus the articles before it in the batch, in order, so a batch
// written in one transaction or article by article gives the same graph, and a re-ingest changes nothing.
import type { ManagedTransaction } from 'neo4j-driver';
import { z } from 'zod';
import {
  articleContext,
  contextsByKeyWithin,
  decideReadingContexts,
  readContexts,
  withContext,
} from './entity-context.js';
import { rekeyRelations, type ArticleWrite, type PersonRow } from './rows.js';
import { joinLoneSurname, loneSurnameOf, surnameOfKey } from '../resolution/surname-join.js';
import { meaningful } from '../resolution/acronym-join.js';
import type { OrgResolution } from './org-acronyms.js';

export interface PersonProfile {
  key: string;
  countries: string[];
  homeCountries: string[];
  roles: string[];
  /** keys of the other named entities of its articles */
  context: string[];
  /** middle names of its three-word names whose first and last words are those of the key ("shazad") */
  middles?: string[];
}

/**
 * Middle names written in `names` of the person keyed `key` ("person:khuram butt", "Khuram Shazad Butt" → shazad), and
 * second surnames of a person keyed by given name and first surname ("person:julio oquendo", "Julio Oquendo Castillo"
 * → "second surname castillo", src/extract/identity.ts): either way the word the key leaves out, which tells two
 * namesakes apart.
 */
export function middleNames(key: string, names: readonly string[]): string[] {
  const kw = nameKeyOf(key)
    .replace(/^person:/, '')
    .split(' ');
  if (kw.length !== 2) return [];
  const fold = (w: string) => w.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  const out = new Set<string>();
  for (const n of names) {
    const w = n.trim().split(/\s+/u).map(fold);
    if (w.length === 3 && w[0] === kw[0] && w[2] === kw[1]) out.add(w[1]!);
    else if (w.length === 3 && w[0] === kw[0] && w[1] === kw[1]) out.add(`second surname ${w[2]!}`);
  }
  return [...out].sort();
}

export interface PersonIdentity {
  /** the key the row is written under */
  key: string;
  /** why it joined a stored node, or was kept apart from one; null for the first article of a name */
  reason: string | null;
}

/** a qualified key: the name key, '#', what set the namesake apart */
export function nameKeyOf(key: string): string {
  const hash = key.indexOf('#');
  return hash < 0 ? key : key.slice(0, hash);
}

/** full names and a title with one name ("person:titled:…") are compared across articles; a lone name ("person:local:…") stays with its article */
export function resolvable(key: string): boolean {
  return key.startsWith('person:') && !key.startsWith('person:local:');
}

const lower = (xs: readonly string[]) => xs.map((x) => x.toLowerCase());
const intersect = (a: readonly string[], b: readonly string[]) => {
  const s = new Set(b);
  return [...new Set(a)].filter((x) => s.has(x));
};

export interface Comparison {
  compatible: boolean;
  shared: string[];
  why: string;
}

/**
 * Whether the row's person may be the stored one, and the reason in words. `names` gives entity names for keys.
 * `shared` and `why` are computed when read, and `shared` (the only use of the stored side's context) only when a
 * guard needs it: most comparisons decide without it, so a stored person's context is read from the store only for
 * the comparisons that use it (resolveBatchPersons, rule persons/context-on-demand).
 */
export function comparePerson(
  row: PersonProfile,
  stored: PersonProfile,
  names: ReadonlyMap<string, string>,
): Comparison {
  let sharedKeys: string[] | undefined;
  const shared = (): string[] =>
    (sharedKeys ??= intersect(row.context.filter(meaningful), stored.context.filter(meaningful))
      .filter((k) => k !== row.key && k !== stored.key)
      .sort());
  const sharedText = (): string => {
    const s = shared();
    return s.length
      ? `share ${s.length} other entit${s.length === 1 ? 'y' : 'ies'} (${s
          .slice(0, 4)
          .map((k) => names.get(k) ?? k)
          .join(', ')}${s.length > 4 ? ', …' : ''})`
      : 'share no other entity';
  };
  const verdict = (compatible: boolean, why: () => string): Comparison => {
    let text: string | undefined;
    return {
      compatible,
      get shared() {
        return shared();
      },
      get why() {
        return (text ??= why());
      },
    };
  };
  const roles = intersect(lower(row.roles), lower(stored.roles));
  // a title and one name ("person:titled:judge:smith", src/extract/identity.ts) fit many people: only articles that
  // share another entity are evidence of one
  if (nameKeyOf(row.key).startsWith('person:titled:') && !shared().length) {
    return verdict(false, () => `a title and one name alone, and ${sharedText()}`);
  }
  const rowMiddles = row.middles ?? [],
    storedMiddles = stored.middles ?? [];
  if (rowMiddles.length && storedMiddles.length && !intersect(rowMiddles, storedMiddles).length) {
    return verdict(false, () => `different middle names (${rowMiddles.join(', ')} vs ${storedMiddles.join(', ')})`);
  }
  if (
    row.countries.length &&
    stored.countries.length &&
    !intersect(row.countries, stored.countries).length &&
    shared().length < 2
  ) {
    return verdict(
      false,
      () =>
        `the texts tie them to different countries (${row.countries.join(', ')} vs ${stored.countries.join(', ')}) and ${sharedText()}`,
    );
  }
  const rowHomes = [...row.homeCountries, ...row.countries];
  const storedHomes = [...stored.homeCountries, ...stored.countries];
  if (
    rowHomes.length &&
    storedHomes.length &&
    !intersect(rowHomes, storedHomes).length &&
    !roles.length &&
    !shared().length
  ) {
    return verdict(
      false,
      () =>
        `their articles are about different countries (${[...new Set(rowHomes)].join(', ')} vs ${[...new Set(storedHomes)].join(', ')}), they share no other entity and no role`,
    );
  }
  return verdict(true, () => {
    const agree: string[] = [];
    const countries = intersect(rowHomes, storedHomes);
    if (countries.length) agree.push(`same country (${countries.join(', ')})`);
    if (roles.length) agree.push(`same role (${roles.join(', ')})`);
    if (shared().length) agree.push(sharedText());
    return agree.length ? agree.join('; ') : 'nothing to compare, nothing contradicts';
  });
}

/**
 * The key a person row is written under, given the stored namesakes (plain and qualified keys). The compatible
 * namesake sharing most entities wins (then the unqualified key, then key order); with none, a new qualified key.
 */
export function decidePerson(
  row: PersonProfile,
  namesakes: readonly PersonProfile[],
  names: ReadonlyMap<string, string>,
  articleId: string,
): PersonIdentity {
  // The line an article adds says what it brings (its own countries and roles), never what was stored before it,
  // so a person's lines are the same whatever order its articles came in.
  const own = [
    row.countries.length ? `the text ties them to ${row.countries.join(', ')}` : '',
    row.roles.length ? `role ${lower(row.roles).join(', ')}` : '',
  ].filter(Boolean);
  const same = row.key.startsWith('person:titled:') ? 'same title and name' : 'same full name';
  const joined = `${articleId}: ${same}${own.length ? `; ${own.join('; ')}` : ''}`;
  if (!namesakes.length) return { key: row.key, reason: joined };
  const compared = namesakes.map((n) => ({ n, c: comparePerson(row, n, names) }));
  const fits = compared
    .filter((x) => x.c.compatible)
    .sort(
      (a, b) =>
        b.c.shared.length - a.c.shared.length ||
        Number(a.n.key.includes('#')) - Number(b.n.key.includes('#')) ||
        (a.n.key < b.n.key ? -1 : 1),
    );
  const best = fits[0];
  if (best) return { key: best.n.key, reason: joined };
  const mark = (row.countries[0] ?? row.homeCountries[0] ?? articleId).toLowerCase();
  const taken = new Set(namesakes.map((n) => n.key));
  const key = taken.has(`${row.key}#${mark}`) ? `${row.key}#${mark}-${articleId}` : `${row.key}#${mark}`;
  // in key order: the store returns namesakes in whatever order its plan gives, and the line must not depend on it
  const why = [...compared]
    .sort((a, b) => (a.n.key < b.n.key ? -1 : a.n.key > b.n.key ? 1 : 0))
    .map((x) => `${x.n.key}: ${x.c.why}`)
    .join('; ');
  return { key, reason: `${articleId}: kept apart from a namesake, ${why}` };
}

const Stored = z.object({
  nameKey: z.string(),
  key: z.string(),
  countries: z.array(z.string()).nullable(),
  homeCountries: z.array(z.string()).nullable(),
  roles: z.array(z.string()).nullable(),
  /** absent: not read yet (PERSON_CONTEXTS reads it when a comparison needs it) */
  context: z.array(z.string()).nullish(),
  name: z.string(),
  aliases: z.array(z.string()).nullable(),
});

// Range scan on the unique key index: the plain key and its qualified namesakes ("person:x#nz"). Their contexts
// (the other entities of their articles, a read that grows with every article naming them: issue 12) are read by
// PERSON_CONTEXTS for the namesakes a comparison needs them for (rule persons/context-on-demand).
// Planned once (steady-plan) with the key seek pinned: the seek is the best plan at any store size, and planned
// again as the store grew (STORE_PLANNED) it cost 0.2-0.5 s of planning a batch for 0.05 s of work (issue 12).
const NAMESAKES = `
UNWIND $nameKeys AS nk
MATCH (p:Person) USING INDEX SEEK p:Person(key) WHERE p.key STARTS WITH nk AND (p.key = nk OR p.key STARTS WITH nk + '#')
RETURN nk AS nameKey, p.key AS key, p.countries AS countries, p.homeCountries AS homeCountries, p.roles AS roles,
       p.name AS name, p.aliases AS aliases`;

// The contexts of stored people by key (coMentionedKeys), as NAMESAKES and SURNAME_BEARERS read them before, cut to
// the keys of `$within` (personContextScope): rule persons/context-within-batch.
export const PERSON_CONTEXTS = contextsByKeyWithin('Person');

/**
 * Rule persons/context-within-batch: the keys a stored person's context can share with what it is compared with in
 * decideBatchPersons, so the store reads the context within them only (PERSON_CONTEXTS `$within`). A stored context
 * is only ever intersected (comparePerson's `shared`) with a context of the batch's side: a row's (its article's
 * other entities), a surname alone's of the batch (the same, under the keys decided for the article's people and
 * bodies) or a stored surname alone's (its article's, read by LONE_SURNAMES). The keys those hold that the store can
 * hold are the batch's rows and contexts, the bodies' resolved keys (`orgs`), the stored people read (a person's key
 * decided is one of them or a new key, which no stored context holds) and the stored surnames alone with their
 * contexts; so the context cut to them gives every intersection, and the decisions, of the whole. Countries never
 * count as shared (`meaningful`) and are left out. Reading only these spares reading the key of every other entity
 * of every article of a much-named person (issue 12: half of the writer's dbHits at 1,500 articles).
 */
export function personContextScope(
  writes: readonly ArticleWrite[],
  orgs: readonly (readonly OrgResolution[])[],
  stored: readonly StoredPerson[],
  storedLones: readonly StoredLone[],
): string[] {
  const keys = new Set<string>();
  for (const w of writes)
    for (const rows of Object.values(w.entities))
      for (const r of rows) {
        keys.add(r.key);
        for (const k of (r as { context?: string[] }).context ?? []) keys.add(k);
      }
  for (const rs of orgs) for (const r of rs) keys.add(r.from).add(r.to);
  for (const s of stored) keys.add(s.key);
  for (const l of storedLones) {
    keys.add(l.key);
    for (const c of l.context) keys.add(tab(c)[0]);
  }
  return [...keys].filter(meaningful).sort();
}

/**
 * `p`: each known person bearing the surname `s` (a full name's, not a surname alone), in Cypher: two seeks of the
 * (surname, key) index on either side of the local keys ("person:local:…" sort between 'person:local:' and
 * 'person:local;'). The surname index alone also yields every surname-only person of that surname, one more with
 * every article that writes the surname alone, so a seek through it grew with the store (issue 12).
 */
export const bearersOf = (s: string, p: string): string => `CALL (${s}) {
  MATCH (${p}:Person) USING INDEX ${p}:Person(surname, key) WHERE ${p}.surname = ${s} AND ${p}.key < 'person:local:' RETURN ${p}
  UNION
  MATCH (${p}:Person) USING INDEX ${p}:Person(surname, key) WHERE ${p}.surname = ${s} AND ${p}.key >= 'person:local;' RETURN ${p}
}`;

// Known people whose name ends in one of the given surnames (src/resolution/surname-join.ts): a seek of the surname
// index per surname (set by the writer from the key, src/resolution/surname-join.ts personSurname). `$have`: people
// NAMESAKES read already under the same name key, whose profile (the costly part) is not read twice.
// Rule persons/bearer-context-when-alone: a bearer's context (its articles' other entities, most of the statement's
// reads) is read only when it is the only stored bearer of its surname. Its context serves one comparison, a lone
// surname with the only person known by it (joinLoneSurname); with two stored bearers every such join is declined
// before comparing (the batch only adds bearers), and a bearer outside `$have` is no namesake of a batch row.
// The only bearer's context (null here) is read by PERSON_CONTEXTS when that comparison is made
// (rule persons/context-on-demand); with two bearers it is none ([]).
export const SURNAME_BEARERS = `
UNWIND $surnames AS s
${bearersOf('s', 'p')}
WITH s, collect(p) AS bearing
UNWIND bearing AS p
WITH DISTINCT p, size(bearing) AS bearers
WHERE NOT p.key IN $have
RETURN split(p.key, '#')[0] AS nameKey, p.key AS key, p.countries AS countries, p.homeCountries AS homeCountries,
       p.roles AS roles, p.name AS name, p.aliases AS aliases,
       CASE WHEN bearers = 1 THEN null ELSE [] END AS context`;

function profileOf(row: PersonRow): PersonProfile {
  return {
    key: row.key,
    countries: row.countries ?? [],
    homeCountries: row.homeCountry ? [row.homeCountry] : [],
    roles: row.roles ?? [],
    context: row.context ?? [],
    middles: middleNames(row.key, [row.name, ...row.aliases]),
  };
}

/** Two profiles of one person as one; the context is joined when read (a stored one may be unread: decideBatchPersons). */
function union(a: PersonProfile, b: PersonProfile, key: string): PersonProfile {
  const u = (x: string[], y: string[]) => [...new Set([...x, ...y])].sort();
  let context: string[] | undefined;
  return {
    key,
    countries: u(a.countries, b.countries),
    homeCountries: u(a.homeCountries, b.homeCountries),
    roles: u(a.roles, b.roles),
    get context() {
      return (context ??= u(a.context, b.context));
    },
    middles: u(a.middles ?? [], b.middles ?? []),
  };
}

export interface PersonResolution {
  /** extracted key → key written */
  from: string;
  to: string;
  reason: string;
}

/** A stored surname-only person joined to a person by a later article (its evidence moved by src/graph/late-joins.ts). */
export interface SurnameJoin {
  articleId: string;
  from: string;
  to: string;
  reason: string;
}

/** What the batch decides for its people: per write, extracted key → key written; and stored lone surnames joined. */
export interface BatchPersons {
  people: PersonResolution[][];
  storedJoins: SurnameJoin[];
  /** joined surnames alone that another bearer of the surname puts in doubt: a reason for the person's `identity` */
  doubts: Array<{ key: string; reason: string }>;
}

/** How a person records a surname alone joined to it (`surnameJoins`): "<article>\t<lone key>". */
export const surnameJoinOf = (articleId: string, loneKey: string): string => `${articleId}\t${loneKey}`;

/**
 * The reason a joined surname alone is in doubt, once a second person bears the surname: the join was right when
 * made (the only bearer) but the surname alone can no longer say which of them it meant. The same words whenever
 * the doubt arises, so the line is written once whatever the order and the batches.
 */
export const surnameDoubt = (articleId: string, loneKey: string, surname: string): string =>
  `${articleId}: in doubt: "${surname}" alone (${loneKey}) was joined as the only person known by that surname, ` +
  `and another person now bears it`;

// Every known person bearing one of the batch's full names' surnames, with the surnames alone joined to it: what
// puts an earlier join in doubt (seeks of the (surname, key) index per surname: bearersOf).
const BEARER_JOINS = `
UNWIND $surnames AS s
${bearersOf('s', 'p')}
RETURN s AS surname, p.key AS key, coalesce(p.surnameJoins, []) AS joins`;

const BearerJoins = z.object({ surname: z.string(), key: z.string(), joins: z.array(z.string()) });
/** A stored bearer of a surname with its joined surnames alone (BEARER_JOINS). */
export type StoredBearer = z.infer<typeof BearerJoins>;

// Surname-only people ("person:local:<article>:<surname>") bearing one of the batch's full names' surnames, with their
// article: a seek of the (surname, key) index per surname for the local keys (hinted: the planner may otherwise scan
// the key index for the prefix), so the cost follows those surnames, not the store's size.
export const LONE_SURNAMES = `
UNWIND $surnames AS s
MATCH (l:Person) USING INDEX l:Person(surname, key) WHERE l.surname = s AND l.key STARTS WITH 'person:local:'
MATCH (a:Article)-[:MENTIONS]->(l)
RETURN s AS surname, l.key AS key, l.name AS name, a.id AS articleId,
       l.countries AS countries, l.homeCountries AS homeCountries, l.roles AS roles,
       ${articleContext('a', 'l', "other.key + '\t' + other.name")} AS context
ORDER BY key, articleId`;

const StrList = z.array(z.string()).nullable();
const StoredLone = z.object({
  surname: z.string(),
  key: z.string(),
  name: z.string(),
  articleId: z.string(),
  countries: StrList,
  homeCountries: StrList,
  roles: StrList,
  context: z.array(z.string()),
});
/** A stored surname-only person as resolveBatchPersons reads it (LONE_SURNAMES). */
export type StoredLone = z.infer<typeof StoredLone>;

/**
 * Decide every resolvable person of the batch, article by article in batch order; an article sees the stored
 * people and those of the articles before it in the batch, as they would be stored.
 */
export async function resolveBatchPersons(
  tx: ManagedTransaction,
  writes: readonly ArticleWrite[],
  orgs: readonly (readonly OrgResolution[])[] = [],
): Promise<BatchPersons> {
  const nameKeys = [...new Set(writes.flatMap((w) => w.entities.person.map((r) => r.key).filter(resolvable)))].sort();
  const fullSurnames = [...new Set(nameKeys.flatMap((k) => surnameOfKey(k) ?? []))].sort();
  const bearers = fullSurnames.length
    ? (await tx.run(BEARER_JOINS, { surnames: fullSurnames })).records.map((r) => BearerJoins.parse(r.toObject()))
    : [];
  // The surnames alone stored are read only for surnames with at most one known bearer (the same decisions, read for
  // less). A surname alone joins only the one person known by it (joinLoneSurname), and the batch only adds
  // bearers, so with two stored every join of a stored one is declined: reading them (every article that ever wrote
  // the surname alone, with its context) grew with the store for nothing (issue 12).
  const joinable = fullSurnames.filter((s) => storedBearers(bearers, s) < 2);
  const lones = joinable.length
    ? (await tx.run(LONE_SURNAMES, { surnames: joinable })).records.map((r) => StoredLone.parse(r.toObject()))
    : [];
  const surnames = [
    ...new Set([
      ...writes.flatMap((w) => w.entities.person.flatMap((r) => loneSurnameOf(r.key) ?? [])),
      ...lones.map((l) => l.surname),
    ]),
  ].sort();
  if (!nameKeys.length && !surnames.length) return { people: writes.map(() => []), storedJoins: [], doubts: [] };
  const namesakes = nameKeys.length
    ? (await tx.run(NAMESAKES, { nameKeys })).records.map((r) => Stored.parse(r.toObject()))
    : [];
  // a bearer read as a namesake under the name key SURNAME_BEARERS gives it is the same record
  const have = namesakes.filter((s) => s.nameKey === nameKeyOf(s.key)).map((s) => s.key);
  const bearing = surnames.length
    ? (await tx.run(SURNAME_BEARERS, { surnames, have })).records.map((r) => Stored.parse(r.toObject()))
    : [];
  // rule persons/context-on-demand: the namesakes' and bearers' contexts read only for the comparisons that use them,
  // and within the keys they can be compared on (rule persons/context-within-batch)
  const stored = [...namesakes, ...bearing];
  return decideReadingContexts(
    (read, unread) => decideBatchPersons(writes, read, lones, orgs, bearers, unread),
    stored,
    readContexts(tx, PERSON_CONTEXTS, { within: personContextScope(writes, orgs, stored, lones) }),
  );
}

/** How many distinct known people BEARER_JOINS read bearing `surname` (as joinLoneSurname counts them, by key). */
export function storedBearers(bearers: readonly StoredBearer[], surname: string): number {
  return new Set(bearers.filter((b) => b.surname === surname && surnameOfKey(b.key) === surname).map((b) => b.key))
    .size;
}

/** A stored person as resolveBatchPersons reads it (NAMESAKES, SURNAME_BEARERS). */
export type StoredPerson = z.infer<typeof Stored>;

/** a surname-only person not joined (yet): its profile, names of its article's entities, and where it is */
interface Lone {
  surname: string;
  key: string;
  name: string;
  articleId: string;
  profile: PersonProfile;
  names: ReadonlyMap<string, string>;
  /** index of its write in the batch; null when stored before it */
  write: number | null;
}

const tab = (s: string): [string, string] => {
  const i = s.indexOf('\t');
  return i < 0 ? [s, s] : [s.slice(0, i), s.slice(i + 1)];
};

/**
 * The decisions of resolveBatchPersons given the stored people and lone surnames it read (none for an empty store,
 * the bulk path), taken as if each article were written alone in batch order, so the graph does not depend on the
 * batch size: each article sees the stored people and those of the articles before it as the store would show
 * them (their keys as decided, the keys of the people and bodies of their articles as resolved: `orgs`, the
 * batch's acronym decisions); then its full names explain the lone surnames stored or written before it
 * (src/graph/late-joins.ts, the guards of src/resolution/surname-join.ts), and a lone surname so joined adds its
 * article's evidence to the person for the articles after it.
 */
export function decideBatchPersons(
  writes: readonly ArticleWrite[],
  stored: readonly StoredPerson[],
  storedLones: readonly StoredLone[] = [],
  orgs: readonly (readonly OrgResolution[])[] = [],
  storedBearers: readonly StoredBearer[] = [],
  unread: Set<string> = new Set(),
): BatchPersons {
  const known = new Map<string, Map<string, PersonProfile>>();
  // The groups of `known` holding a key of each surname, and each group's place in `known`: a lone surname's
  // candidates are read from its surname's groups alone, in known's order, not from every known person (issue 12:
  // a scan of every known person per lone surname was the writer's largest cost in this process).
  const groupsOfSurname = new Map<string, Set<string>>();
  const groupPlace = new Map<string, number>();
  const indexed = (nameKey: string, key: string) => {
    if (!groupPlace.has(nameKey)) groupPlace.set(nameKey, groupPlace.size);
    const surname = surnameOfKey(key);
    if (surname === null) return;
    const groups = groupsOfSurname.get(surname) ?? new Set<string>();
    groupsOfSurname.set(surname, groups.add(nameKey));
  };
  /** the known people in the groups holding a bearer of the surname, in known's order (others are no candidates) */
  const knownOfSurname = (surname: string): PersonProfile[] =>
    [...(groupsOfSurname.get(surname) ?? [])]
      .sort((a, b) => groupPlace.get(a)! - groupPlace.get(b)!)
      .flatMap((g) => [...known.get(g)!.values()]);
  /** display names of the known people, for the reasons */
  const knownNames = new Map<string, string>();
  for (const s of stored) {
    knownNames.set(s.key, s.name);
    indexed(s.nameKey, s.key);
    const group = known.get(s.nameKey) ?? new Map<string, PersonProfile>();
    const profile = {
      key: s.key,
      countries: s.countries ?? [],
      homeCountries: s.homeCountries ?? [],
      roles: s.roles ?? [],
      middles: middleNames(s.key, [s.name, ...(s.aliases ?? [])]),
    };
    group.set(s.key, withContext(profile, s, unread));
    known.set(s.nameKey, group);
  }
  const add = (key: string, profile: PersonProfile) => {
    indexed(nameKeyOf(key), key);
    const group = known.get(nameKeyOf(key)) ?? new Map<string, PersonProfile>();
    known.set(nameKeyOf(key), group);
    const had = group.get(key);
    group.set(key, had ? union(had, profile, key) : { ...profile, key });
  };
  /** lone surnames not joined, by surname */
  const lones = new Map<string, Lone[]>();
  const addLone = (l: Lone) => lones.set(l.surname, [...(lones.get(l.surname) ?? []), l]);
  for (const l of storedLones) {
    const context = l.context.map(tab);
    // the article names someone of that surname in full: its own extraction declined to join them
    if (context.some(([k]) => surnameOfKey(k) === l.surname)) continue;
    addLone({
      surname: l.surname,
      key: l.key,
      name: l.name,
      articleId: l.articleId,
      profile: {
        key: l.key,
        countries: l.countries ?? [],
        homeCountries: l.homeCountries ?? [],
        roles: l.roles ?? [],
        context: context.map(([k]) => k),
        middles: [],
      },
      names: new Map(context),
      write: null,
    });
  }
  const people: PersonResolution[][] = writes.map(() => []);
  const storedJoins: SurnameJoin[] = [];
  const doubts: Array<{ key: string; reason: string }> = [];
  /** bearers of a surname (keys), and the surnames alone joined to them, stored and of the batch */
  const bearersOf = new Map<string, Set<string>>();
  const joinedOf = new Map<string, Array<{ articleId: string; from: string; to: string }>>();
  const bear = (surname: string, key: string) => bearersOf.set(surname, (bearersOf.get(surname) ?? new Set()).add(key));
  const joined = (surname: string, j: { articleId: string; from: string; to: string }) => {
    const list = joinedOf.get(surname);
    if (list) list.push(j);
    else joinedOf.set(surname, [j]);
  };
  for (const b of storedBearers) {
    bear(b.surname, b.key);
    for (const line of b.joins) {
      const [articleId, from] = tab(line);
      joined(b.surname, { articleId, from, to: b.key });
    }
  }
  writes.forEach((w, i) => {
    const names = new Map<string, string>();
    for (const rows of Object.values(w.entities)) for (const e of rows) names.set(e.key, e.name);
    const out = people[i]!;
    const decided: Array<{ row: PersonRow; key: string; middles: boolean }> = [];
    for (const row of w.entities.person) {
      if (!resolvable(row.key)) continue;
      const group = known.get(row.key) ?? new Map<string, PersonProfile>();
      const decision = decidePerson(profileOf(row), [...group.values()], names, w.article.id);
      if (!knownNames.has(decision.key)) knownNames.set(decision.key, row.name);
      if (decision.reason) out.push({ from: row.key, to: decision.key, reason: decision.reason });
      decided.push({ row, key: decision.key, middles: true });
    }
    // a surname alone joins the one known person of that surname, with evidence (src/resolution/surname-join.ts);
    // not when the article names someone of that surname in full: its own extraction already declined to join them
    const own = new Set(out.map((r) => r.to));
    const ownSurnames = new Set([...own].map(surnameOfKey));
    const unjoined: PersonRow[] = [];
    for (const row of w.entities.person) {
      const surname = loneSurnameOf(row.key);
      if (!surname || ownSurnames.has(surname)) continue;
      const profile = profileOf(row);
      const candidates = knownOfSurname(surname)
        .filter((p) => !own.has(p.key))
        .map((p) => ({ key: p.key, name: knownNames.get(p.key) ?? p.key, profile: p }));
      const join = joinLoneSurname(
        surname,
        row.name,
        candidates,
        (c) => comparePerson(profile, candidates.find((x) => x.key === c.key)!.profile, names),
        w.article.id,
      );
      if (!join) {
        unjoined.push(row);
        continue;
      }
      out.push({ from: row.key, to: join.to, reason: join.reason });
      decided.push({ row, key: join.to, middles: false });
      joined(surname, { articleId: w.article.id, from: row.key, to: join.to });
    }
    // the article as stored: its people under their keys, each with the keys of the article's other entities
    const keyOf = new Map<string, string>([
      ...(orgs[i] ?? []).map((r): [string, string] => [r.from, r.to]),
      ...out.map((r): [string, string] => [r.from, r.to]),
    ]);
    const resolved = (key: string) => keyOf.get(key) ?? key;
    const contextOf = (row: PersonRow, key: string) => [
      ...new Set((row.context ?? []).map(resolved).filter((k) => k !== key)),
    ];
    for (const d of decided) {
      const profile = { ...profileOf(d.row), context: contextOf(d.row, d.key) };
      add(d.key, d.middles ? profile : { ...profile, middles: [] });
    }
    for (const row of unjoined)
      addLone({
        surname: loneSurnameOf(row.key)!,
        key: row.key,
        name: row.name,
        articleId: w.article.id,
        profile: { ...profileOf(row), context: contextOf(row, row.key), middles: [] },
        names,
        write: i,
      });
    // its full names explain the lone surnames before it (src/graph/late-joins.ts), under the same guards
    for (const surname of [...ownSurnames].sort()) {
      if (!surname) continue;
      // in the order the store lists them (LONE_SURNAMES): one join grows the person the next is compared with
      const waiting = [...(lones.get(surname) ?? [])].sort((a, b) =>
        a.key < b.key ? -1 : a.key > b.key ? 1 : a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : 0,
      );
      const left: Lone[] = [];
      for (const l of waiting) {
        if (l.write === i) {
          left.push(l);
          continue;
        }
        const candidates = knownOfSurname(surname).map((p) => ({
          key: p.key,
          name: knownNames.get(p.key) ?? p.key,
          profile: p,
        }));
        const join = joinLoneSurname(
          surname,
          l.name,
          candidates,
          (c) => comparePerson(l.profile, candidates.find((x) => x.key === c.key)!.profile, l.names),
          l.articleId,
        );
        if (!join) {
          left.push(l);
          continue;
        }
        if (l.write === null)
          storedJoins.push({ articleId: l.articleId, from: l.key, to: join.to, reason: join.reason });
        else people[l.write]!.push({ from: l.key, to: join.to, reason: join.reason });
        add(join.to, l.profile);
        joined(surname, { articleId: l.articleId, from: l.key, to: join.to });
      }
      lones.set(surname, left);
    }
    // a second bearer of a surname puts the surnames alone joined to the first in doubt, with the reason
    for (const d of decided) if (d.middles) bear(surnameOfKey(d.key) ?? '', d.key);
    for (const surname of [...ownSurnames].sort()) {
      if (!surname || (bearersOf.get(surname)?.size ?? 0) < 2) continue;
      for (const j of joinedOf.get(surname) ?? [])
        doubts.push({ key: j.to, reason: surnameDoubt(j.articleId, j.from, surname) });
    }
  });
  return { people, storedJoins, doubts };
}

/** The write with its people under the keys decided for them. */
export function applyPersonResolutions(w: ArticleWrite, resolutions: readonly PersonResolution[]): ArticleWrite {
  const moved = resolutions.filter((r) => r.from !== r.to);
  if (!moved.length) return w;
  const map = new Map(moved.map((r) => [r.from, r.to]));
  const k = (key: string) => map.get(key) ?? key;
  const relations = rekeyRelations(w, k);
  return {
    ...w,
    entities: { ...w.entities, person: w.entities.person.map((r) => ({ ...r, key: k(r.key) })) },
    sentenceMentions: w.sentenceMentions.map((m) => ({ ...m, key: k(m.key) })),
    articleMentions: w.articleMentions.map((m) => ({ ...m, key: k(m.key) })),
    relations,
  };
}
