// Identity across articles, the article's side: what in the text tells one "High Court" or one "John Smith" from
// another. Generic institution names get their country in the key; people get the countries the text ties them to.
// The graph writer compares people across articles (src/graph/person-identity.ts).
import type { Doc } from './document.js';
import type { NamedEntity } from './entities.js';
import { normalizeName } from './entities.js';
import { openingDateline } from '../news/conventions.js';
import type { Resources } from './resources.js';
import { firstMatch } from '../rules/index.js';
import { FIRST_SURNAME_ALONE } from './person-name-rules.js';
import { keyNamedStateForce } from './state-force-perpetrators.js';
import type { OrganizationEntity, PersonEntity } from './types.js';

export interface ArticleCountry {
  code: string;
  why: string;
}

interface IdentityWords {
  generic: ReadonlySet<string>;
  qualifiers: string;
  /** the run of capitalised words and qualifiers right before a name (countriesAround) */
  runBefore: RegExp;
  suffixes: ReadonlySet<string>;
  /** words that make a name more than given name, middle name, surname (particles, kunyas, patronymics) */
  notPlainName: ReadonlySet<string>;
}

function identityWords(res: Resources): IdentityWords {
  const w = res.words;
  return w.memo('identity', () => ({
    generic: w.set('identity.genericInstitutions'),
    qualifiers: w.alt('identity.nationalQualifiers'),
    runBefore: new RegExp(`(?:(?:\\p{Lu}[\\p{L}-]*|${w.alt('identity.nationalQualifiers')})(?:['’]s)?\\s+)+$`, 'u'),
    suffixes: w.set('identity.nameSuffixes'),
    notPlainName: new Set([
      ...w.list('identity.nameOpeners'),
      ...w.list('entities.nameParticles'),
      ...w.list('entities.arabicArticles'),
      ...w.list('mentions.patronymicParticles'),
    ]),
  }));
}

/** one mention is too little to call a country the article's */
const MIN_COUNTRY_VOTES = 2;

/** The country a dateline names ("CHRISTCHURCH, New Zealand —"), else the one most place mentions are in (a strict majority over the next). */
export function articleCountry(doc: Doc, entities: readonly NamedEntity[]): ArticleCountry | null {
  const dl = openingDateline(doc.text);
  if (dl) {
    const inDateline = entities
      .flatMap((e) =>
        e.type === 'place' && e.country
          ? e.mentions.filter((m) => m.start >= dl.start && m.end <= dl.end).map((m) => ({ m, e }))
          : [],
      )
      .sort((a, b) => b.m.start - a.m.start);
    const last = inDateline[0];
    if (last?.e.type === 'place' && last.e.country)
      return { code: last.e.country, why: `the dateline names ${last.e.name}` };
  }
  // mentions of places, and of bodies the gazetteer knows the country of (MI5: GB)
  const votes = new Map<string, number>();
  for (const e of entities) {
    const cc =
      e.type === 'place' && !e.ambiguous
        ? e.country
        : e.type === 'organization' && e.key.startsWith('org:known:')
          ? e.country
          : null;
    if (cc) votes.set(cc, (votes.get(cc) ?? 0) + e.mentions.length);
  }
  const ranked = [...votes.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const [top, next] = ranked;
  if (!top || top[1] < MIN_COUNTRY_VOTES || (next && next[1] >= top[1])) return null;
  return {
    code: top[0],
    why: `${top[1]} mentions of its places and known bodies are of ${top[0]}, more than of any other country`,
  };
}

/** Country code for a written country name or demonym ("New Zealand", "British"), or null. */
export function countryCode(res: Resources, word: string): string | null {
  const g = res.gazetteer;
  const lower = word.toLowerCase();
  const dem = g.demonyms.get(lower);
  if (dem) return dem;
  const place = g.placesByName.get(lower)?.find((p) => p.kind === 'country');
  return place?.kind === 'country' ? place.code : null;
}

/**
 * Countries the words around one mention give it: "New Zealand's High Court", "the British Parliament",
 * "Tunisian Anis Amri", "British Prime Minister Theresa May", "the High Court in Christchurch",
 * "Osama Krayem, a Swedish national". `runWords`: how many capitalised or qualifier words may stand between.
 */
function countriesAround(
  res: Resources,
  doc: Doc,
  start: number,
  end: number,
  places: readonly NamedEntity[],
  runWords: number,
): string[] {
  const W = identityWords(res);
  const found = new Set<string>();
  const sentenceStart = doc.sentences.find((s) => s.start <= start && start < s.end)?.start ?? 0;
  const before = doc.text.slice(Math.max(sentenceStart, start - 80), start);
  // the run of words right before the name: capitalised words, qualifiers, a possessive ("Sri Lanka's top")
  const run = W.runBefore.exec(before);
  if (run) {
    const words = run[0]
      .trim()
      .split(/\s+/)
      .map((w) => w.replace(/['’]s$/u, ''));
    const tail = words.slice(-(runWords + 2));
    // a country name or demonym of one to three words, nearest the name first
    search: for (let i = tail.length; i > 0; i--) {
      for (let n = 1; n <= 3 && i - n >= 0; n++) {
        const cc = countryCode(res, tail.slice(i - n, i).join(' '));
        if (cc) {
          found.add(cc);
          break search;
        }
      }
    }
  }
  const after = doc.text.slice(end, end + 60);
  const located = /^\s+(?:in|of)\s+(?:the\s+)?/u.exec(after);
  if (located) {
    const at = end + located[0].length;
    const place = places.find((p) => p.mentions.some((m) => m.start === at));
    if (place?.type === 'place' && place.country) found.add(place.country);
  }
  const apposed = /^\s*,\s+(?:a|an|the)\s+(?:\d+-year-old\s+)?(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)/u.exec(after);
  if (apposed) {
    const cc = countryCode(res, apposed[1]!) ?? countryCode(res, apposed[1]!.split(/\s+/)[0]!);
    if (cc) found.add(cc);
  }
  return [...found].sort();
}

/** A short stable hash of the article text: scopes a key that must not merge across articles. */
function textScope(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += Math.max(1, Math.floor(text.length / 4096)))
    h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36) + text.length.toString(36);
}

/** a name as a key segment: "Air Force" → "air-force" */
export const slug = (s: string) =>
  normalizeName(s)
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');

/** True when the organisation's name is one every country has ("High Court", "the police"). */
export function isGenericInstitution(res: Resources, name: string): boolean {
  return identityWords(res).generic.has(normalizeName(name));
}

/**
 * "High Court" names a different court in each country: the key gets the country the mentions' own words give, else
 * the article's country, else it stays with its article. A known body stored under a generic name ("Supreme Court",
 * the US one in the gazetteer) keeps its key only when the evidence agrees with its country.
 */
function qualifyInstitution(
  res: Resources,
  doc: Doc,
  org: OrganizationEntity,
  places: readonly NamedEntity[],
  home: ArticleCountry | null,
): void {
  // a known body the article names only by a name every country's body has ("the Swedish Security Service" is not MI5)
  if (!org.mentions.length || org.mentions.some((m) => !isGenericInstitution(res, m.text))) return;
  const votes = new Map<string, number>();
  for (const m of org.mentions)
    for (const cc of countriesAround(res, doc, m.start, m.end, places, 1)) votes.set(cc, (votes.get(cc) ?? 0) + 1);
  const ranked = [...votes.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const local = ranked.length === 1 || (ranked.length > 1 && ranked[0]![1] > ranked[1]![1]) ? ranked[0]![0] : null;
  const code = local ?? (ranked.length ? null : (home?.code ?? null));
  const why = local ? 'the words around it name the country' : code ? `the article's country (${home!.why})` : null;
  if (org.key.startsWith('org:known:') && org.country && org.country === code) return;
  const was = org.key;
  if (!isGenericInstitution(res, org.name)) {
    // the known body's own name and aliases are not this body's: it keeps only the name the article writes
    const written = org.mentions[0]!.text.replace(/^the\s+/iu, '');
    org.aliases = [...new Set(org.mentions.map((m) => m.text.replace(/^the\s+/iu, '')))].filter((n) => n !== written);
    org.name = written;
  }
  if (code) {
    org.key = `org:generic:${slug(org.name)}:${code}`;
    org.country = code;
    (org.merges ??= []).push(
      `"${org.name}" is a name many countries' institutions share: this one is of ${code}, ${why}${was.startsWith('org:known:') ? ` (not ${was})` : ''}`,
    );
  } else {
    org.key = `org:generic:${slug(org.name)}:article:${textScope(doc.text)}`;
    org.country = null;
    (org.merges ??= []).push(
      `"${org.name}" is a name many countries' institutions share and the article gives no one country${ranked.length > 1 ? ` (it names ${ranked.map((r) => r[0]).join(', ')})` : ''}: kept to this article`,
    );
  }
}

const PERSON = 'person:';
/** a capitalised word of two or more letters: a middle name, not an initial ("W."), a particle or a shout */
const MIDDLE_NAME = /^\p{Lu}\p{Ll}+$/u;

/**
 * The key under which a person meets the same person in other articles. A name of three plain words is keyed by two of
 * them, the two news writes when it shortens the name, so both forms reach the writer's namesake guards
 * (src/graph/person-identity.ts) under one key; the display name keeps the longer form.
 * - Given name, middle name, surname ("Khuram Shazad Butt", "John Fitzgerald Kennedy"): keyed without the middle name
 *   ("Khuram Butt"), the English and most other usage.
 * - Given name and two surnames ("Julio Oquendo Castillo"): Spanish and Portuguese names are shortened to the given name
 *   and the first surname ("Julio Oquendo", "Oquendo"), so where the middle word is no given name
 *   (entities/first-surname-alone) and the article itself writes that shorter form or the first surname alone, and
 *   never the last word alone or after the given name, the key is given name and first surname.
 * Names with an initial, a particle, a kunya or a suffix ("George W. Bush", "Abu Bakr al-Baghdadi",
 * "Ibrahim El Bakraoui", "Mark Lucraft QC") keep every word: dropping one would join different people.
 * `written` holds the article's other forms of the name (its mentions). Returns the key unchanged when it does not apply.
 */
export function crossArticlePersonKey(
  res: Resources,
  key: string,
  name: string,
  written: readonly string[] = [],
): string {
  if (!key.startsWith(PERSON) || key.includes('#') || key.startsWith(`${PERSON}local:`)) return key;
  const words = key.slice(PERSON.length).split(' ');
  const full = name.trim().split(/\s+/u);
  if (words.length !== 3 || full.length !== 3) return key;
  const W = identityWords(res);
  if (words.some((w) => W.notPlainName.has(w)) || W.suffixes.has(words[2]!)) return key;
  if (!full.every((w) => MIDDLE_NAME.test(w.replace(/-\p{Lu}\p{Ll}+/gu, '')))) return key;
  const [given, middle, last] = words as [string, string, string];
  // a street or building read as a name ("Scott Hamilton Drive", "Mary Anne Centre") has no two surnames: its last word
  // is a head word of streets or venues, or an ordinary English word
  const notSurname =
    res.names.commonWords.has(last) ||
    res.words.set('entities.streetHeads').has(last) ||
    res.words.set('mentions.venueHeads').has(last);
  if (!notSurname && firstMatch([FIRST_SURNAME_ALONE], { res, parts: words }, res.rules)?.out === middle) {
    const forms = written.map((w) => normalizeName(w).split(' '));
    const writes = (surname: string) =>
      forms.some((f) => (f.length === 1 && f[0] === surname) || (f.length === 2 && f[0] === given && f[1] === surname));
    if (writes(middle) && !writes(last)) return `${PERSON}${given} ${middle}`;
  }
  return `${PERSON}${given} ${last}`;
}

/**
 * "Security Intelligence Service (NZSIS)": an acronym that spells the name after the letters of a country the article
 * is about ("NZ", New Zealand's code or initials) names that country's body, which other articles write in full
 * ("New Zealand Security Intelligence Service"): the key is that full name's, so both meet across articles.
 */
function keyWithAcronymCountry(res: Resources, org: OrganizationEntity, countries: ReadonlySet<string>): void {
  if (!org.key.startsWith('org:name:')) return;
  const skip = res.words.set('entities.initialsSkip');
  const spelled = org.name
    .split(/\s+/u)
    .filter((w) => w && !skip.has(w.toLowerCase()))
    .map((w) => w[0]!)
    .join('');
  if (spelled.length < 2 || !/^\p{Lu}+$/u.test(spelled)) return;
  for (const alias of org.aliases) {
    if (!/^\p{Lu}+$/u.test(alias) || !alias.endsWith(spelled)) continue;
    const prefix = alias.slice(0, alias.length - spelled.length);
    if (prefix.length < 1 || prefix.length > 3) continue;
    for (const code of countries) {
      const c = res.gazetteer.countries.get(code);
      if (!c) continue;
      const initials = c.name
        .split(/\s+/u)
        .filter((w) => w && !skip.has(w.toLowerCase()))
        .map((w) => w[0]!)
        .join('');
      if (prefix !== code && prefix !== initials) continue;
      if (normalizeName(org.name).startsWith(normalizeName(c.name))) return;
      const was = org.key;
      org.key = `org:name:${slug(`${c.name} ${org.name}`)}`;
      org.country ??= code;
      (org.merges ??= []).push(
        `"${alias}" spells "${org.name}" after ${prefix}, ${c.name}: keyed as "${c.name} ${org.name}" (not ${was})`,
      );
      return;
    }
  }
}

/**
 * "Mr Justice Sweeney", "Pope Francis": a person the article names only by a title and one name is the same person in
 * other articles that write the same title with it, so the key is `person:titled:<title>:<name>` instead of one scoped
 * to the article. The title is a role the text gave the name with its courtesy words dropped ("Mr Justice" →
 * "justice"); with several, the first in code-point order. The writer's namesake guards (src/graph/person-identity.ts)
 * join such keys only when the articles share another entity. Returns null when it does not apply.
 */
export function titledPersonKey(res: Resources, p: PersonEntity): string | null {
  const m = /^person:local:[^:]+:([^\s:#]+)$/u.exec(p.key);
  if (!m) return null;
  const honorifics = res.words.set('entities.honorifics');
  const titles = [
    ...new Set(
      p.roles.map((r) =>
        normalizeName(r)
          .split(' ')
          .filter((w) => w && !honorifics.has(w.replace(/\.$/, '')))
          .join(' '),
      ),
    ),
  ]
    .filter((t) => /^\p{L}[\p{L} .'-]*$/u.test(t))
    .sort();
  return titles.length ? `${PERSON}titled:${titles[0]!.replace(/[\s:#]+/g, '-')}:${m[1]}` : null;
}

/** Countries the text ties a person to ("Tunisian Anis Amri", "British Prime Minister Theresa May"); sorted. */
function personCountries(res: Resources, doc: Doc, p: PersonEntity): string[] {
  const found = new Set<string>();
  // the mention may start after a title ("Prime Minister" stripped into roles): look past up to three title words
  for (const m of p.mentions) for (const cc of countriesAround(res, doc, m.start, m.end, [], 3)) found.add(cc);
  return [...found].sort();
}

/**
 * The identity stage: generic institutions qualified by country; each person gets the countries its article ties it
 * to (`countries`, from the words around its name) and the article's country (`homeCountry`), which the writer's
 * guards compare across articles.
 */
export function assignIdentity(doc: Doc, entities: NamedEntity[]): void {
  const res = doc.res;
  const home = articleCountry(doc, entities);
  const places = entities.filter((e) => e.type === 'place');
  // the countries the article is about: its own, and every country it names
  const named = new Set(places.flatMap((p) => (p.type === 'place' && p.country ? [p.country] : [])));
  if (home) named.add(home.code);
  for (const e of entities) {
    if (e.type === 'organization') {
      qualifyInstitution(res, doc, e, places, home);
      keyWithAcronymCountry(res, e, named);
      keyNamedStateForce(res, e);
    } else if (e.type === 'person') {
      const countries = personCountries(res, doc, e);
      if (countries.length) e.countries = countries;
      if (home) e.homeCountry = home.code;
      const key = crossArticlePersonKey(
        res,
        e.key,
        e.name,
        e.mentions.map((m) => m.text),
      );
      if (key !== e.key && !entities.some((o) => o !== e && o.key === key)) {
        const short = key.slice(PERSON.length);
        (e.merges ??= []).push(
          e.key.slice(PERSON.length).startsWith(`${short} `)
            ? `keyed "${short}" by given name and first surname, as the article shortens the name, so "${e.name}" meets the same person written so in other articles`
            : `keyed "${short}" without the middle name, so "${e.name}" meets the same person written without it in other articles`,
        );
        e.key = key;
      }
      const titled = titledPersonKey(res, e);
      if (titled && !entities.some((o) => o !== e && o.key === titled)) {
        (e.merges ??= []).push(
          `named only by a title and "${e.name}": keyed "${titled.slice(PERSON.length)}", so other articles that write the same title with that name may meet it`,
        );
        e.key = titled;
      }
    }
  }
}
