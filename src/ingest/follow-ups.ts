// Which follow-up (trial, sentencing, inquest, anniversary) an article reports, from the cue words of
// data/lexicons/follow-up-kinds.json in its title or lede, and where it took place when the article names its court
// (data/lexicons/follow-up-places.json). The graph writer turns it into a follow-up incident linked to the incident
// the article refers to (src/graph/incident-frames.ts). Loaded once, validated: a kind the ontology does not have,
// or a malformed file, is an error naming the file.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { compileFollowUpKinds, followUpKind, type FollowUpKindCue } from '../extract/incident-references.js';
import { INCIDENT_KINDS } from '../ontology/index.js';
import { ALL_RULES_ON, firstMatch, isOn, type Rule, type RuleSwitches } from '../rules/index.js';
import type { ArticleWrite, PlaceRow } from '../graph/rows.js';

const FILE = fileURLToPath(new URL('../../data/lexicons/follow-up-kinds.json', import.meta.url));
const PLACES_FILE = fileURLToPath(new URL('../../data/lexicons/follow-up-places.json', import.meta.url));

const DefendantsSection = z.object({
  kinds: z.array(z.string().min(1)).min(1),
  ledeSentences: z.number().int().min(1),
  afterName: z.array(z.string().min(1)).min(1),
  beforeName: z.array(z.string().min(1)),
  aroundName: z.array(z.object({ before: z.string().min(1), after: z.string().min(1) })),
});

const FollowUpKindsFile = z.object({
  description: z.string().min(1),
  kinds: z.record(z.string(), z.array(z.string().min(1)).min(1)),
  defendants: DefendantsSection,
});

const FollowUpPlacesFile = z.object({
  description: z.string().min(1),
  courtKinds: z.array(z.string().min(1)),
  courtWords: z.array(z.string().min(1)).min(1),
  linkAfter: z.array(z.string().min(1)).min(1),
  courtModifiers: z.array(z.string().min(1)),
  maxWordsBetween: z.number().int().min(0),
  namedCourts: z.array(z.object({ name: z.string().min(1), city: z.string().min(1), country: z.string().length(2) })),
});

let compiled: FollowUpKindCue[] | null = null;
let courts: CourtCues | null = null;
let defendantCues: DefendantCues | null = null;

function readKindsFile(file: string): z.infer<typeof FollowUpKindsFile> {
  const parsed = FollowUpKindsFile.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success)
    throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const unknown = [...Object.keys(parsed.data.kinds), ...parsed.data.defendants.kinds].filter(
    (k) => !INCIDENT_KINDS.includes(k),
  );
  if (unknown.length) throw new Error(`${file}: not incident kinds of data/ontology.json: ${unknown.join(', ')}`);
  return parsed.data;
}

export function loadFollowUpKinds(file = FILE): FollowUpKindCue[] {
  return compileFollowUpKinds(readKindsFile(file).kinds);
}

/** the defendant cues of data/lexicons/follow-up-kinds.json, compiled */
export interface DefendantCues {
  kinds: ReadonlySet<string>;
  ledeSentences: number;
  /**
   * after a name: its apposition (closed by a comma), or the comma closing an apposition the name is ("two men, X and
   * Y, were convicted"), then the verdict words ("X, 29, was sentenced")
   */
  after: RegExp;
  /** before a name: the verdict verb ("the jury convicted X") */
  before: RegExp;
  around: ReadonlyArray<{ before: RegExp; after: RegExp }>;
}

export function loadDefendantCues(file = FILE): DefendantCues {
  const d = readKindsFile(file).defendants;
  return {
    kinds: new Set(d.kinds),
    ledeSentences: d.ledeSentences,
    after: new RegExp(`^(?:(?:,[^,;()]{1,90})+,|,)?\\s+(?:${alt(d.afterName)})(?![\\p{L}\\p{N}])`, 'iu'),
    before: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt(d.beforeName)})\\s+$`, 'iu'),
    around: d.aroundName.map((a) => ({
      before: new RegExp(`(?<![\\p{L}\\p{N}])(?:${a.before})\\s+$`, 'iu'),
      after: new RegExp(`^\\s+(?:${a.after})(?![\\p{L}\\p{N}])`, 'iu'),
    })),
  };
}

/** the court cues of data/lexicons/follow-up-places.json, compiled */
export interface CourtCues {
  kinds: ReadonlySet<string>;
  court: RegExp;
  linkAfter: RegExp;
  modifier: RegExp;
  maxWordsBetween: number;
  named: ReadonlyArray<{ re: RegExp; name: string; city: string; country: string }>;
}

const alt = (xs: readonly string[]) => xs.join('|');
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function loadCourtCues(file = PLACES_FILE): CourtCues {
  const parsed = FollowUpPlacesFile.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success)
    throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const d = parsed.data;
  const unknown = d.courtKinds.filter((k) => !INCIDENT_KINDS.includes(k));
  if (unknown.length) throw new Error(`${file}: not incident kinds of data/ontology.json: ${unknown.join(', ')}`);
  return {
    kinds: new Set(d.courtKinds),
    court: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt(d.courtWords)})(?![\\p{L}\\p{N}])`, 'giu'),
    // what joins a court word to the place after it: "court in Paris", "the High Court in Christchurch"
    linkAfter: new RegExp(`^\\s+(?:${alt(d.linkAfter)})\\s+(?:the\\s+)?$`, 'iu'),
    modifier: new RegExp(`^(?:${alt(d.courtModifiers)})$`, 'iu'),
    maxWordsBetween: d.maxWordsBetween,
    named: d.namedCourts.map((c) => ({
      ...c,
      re: new RegExp(`(?<![\\p{L}\\p{N}])${esc(c.name)}(?![\\p{L}\\p{N}])`, 'iu'),
    })),
  };
}

/** where a follow-up took place, by the court its article names: a place of the article, and the words that say so */
export interface FollowUpPlace {
  key: string;
  sentenceId: string;
  start: number;
  end: number;
  reason: string;
}

/** What the court rules see: the article's sentences and the places it names in each. */
export interface CourtInput {
  cues: CourtCues;
  sentences: ReadonlyArray<{ id: string; start: number; text: string }>;
  /** the article's place mentions (article offsets) with their entity */
  places: ReadonlyArray<{ sentenceId: string; start: number; end: number; place: PlaceRow }>;
}

/**
 * the words between a place and the court word after it ("Brussels assize court", "Moscow's Basmanny District
 * Court"): at most maxWordsBetween, each capitalised (the court's own name) or a court modifier, after an optional
 * possessive; no punctuation
 */
function namesCourtAfter(cues: CourtCues, between: string): boolean {
  const rest = between.replace(/^['’]s?(?=\s|$)/u, '');
  if (/[,.;:()"“”]/u.test(rest)) return false;
  const words = rest.trim().split(/\s+/u).filter(Boolean);
  if (!/^\s/u.test(rest) && words.length) return false;
  return words.length <= cues.maxWordsBetween && words.every((w) => /^\p{Lu}/u.test(w) || cues.modifier.test(w));
}

/** only places a court can sit in: a city, a region or a site, not a whole country */
const courtPlace = (p: PlaceRow) => p.placeKind !== 'country';

export const FOLLOW_UP_PLACE_RULES: readonly Rule<CourtInput, FollowUpPlace>[] = [
  {
    id: 'follow-up-place/court-in-city',
    family: 'follow-up-place',
    reason:
      'A trial, sentencing or inquest took place where its court sits, and news names the court with its city ("a special terrorism court in Paris", "the Brussels assize court", "Moscow\'s district court"); that city, not the place of the crime tried (a Nice attack tried in Paris), places the proceedings.',
    apply({ cues, sentences, places }) {
      for (const s of sentences) {
        const here = places.filter((p) => p.sentenceId === s.id && courtPlace(p.place));
        if (!here.length) continue;
        for (const m of s.text.matchAll(cues.court)) {
          const cs = s.start + m.index,
            ce = cs + m[0].length;
          const after = here.find(
            (p) => p.start >= ce && cues.linkAfter.test(s.text.slice(ce - s.start, p.start - s.start)),
          );
          const before = [...here]
            .reverse()
            .find((p) => p.end <= cs && namesCourtAfter(cues, s.text.slice(p.end - s.start, cs - s.start)));
          const hit = after ?? before;
          if (hit)
            return {
              key: hit.place.key,
              sentenceId: s.id,
              start: hit.start,
              end: hit.end,
              reason: `follow-up-place/court-in-city: the court sits in ${hit.place.name} ("${s.text.slice(Math.min(hit.start, cs) - s.start, Math.max(hit.end, ce) - s.start)}")`,
            };
        }
      }
      return null;
    },
  },
  {
    id: 'follow-up-place/named-court',
    family: 'follow-up-place',
    reason:
      'Some courts are known by their own name, not their city ("the Old Bailey" is in London); when the article names such a court and also names its city (often in its dateline), the proceedings took place in that city.',
    apply({ cues, sentences, places }) {
      for (const s of sentences) {
        for (const c of cues.named) {
          if (!c.re.test(s.text)) continue;
          const city = places.find(
            (p) =>
              p.place.country === c.country &&
              [p.place.name, ...p.place.aliases].some((n) => n.toLowerCase() === c.city.toLowerCase()),
          );
          if (city)
            return {
              key: city.place.key,
              sentenceId: city.sentenceId,
              start: city.start,
              end: city.end,
              reason: `follow-up-place/named-court: the ${c.name} sits in ${city.place.name}`,
            };
        }
      }
      return null;
    },
  },
];

/** Where the article's proceedings took place, by the court it names, or null (the graph then uses the incident's place). */
export function courtPlaceOf(
  cues: CourtCues,
  kind: string,
  w: Pick<ArticleWrite, 'sentences' | 'sentenceMentions' | 'entities'>,
  switches: RuleSwitches = ALL_RULES_ON,
): FollowUpPlace | null {
  if (!cues.kinds.has(kind)) return null;
  const byKey = new Map(w.entities.place.map((p) => [p.key, p]));
  const places = w.sentenceMentions.flatMap((m) => {
    const place = byKey.get(m.key);
    return place ? [{ sentenceId: m.sentenceId, start: m.start, end: m.end, place }] : [];
  });
  const sentences = [...w.sentences].sort((a, b) => a.index - b.index);
  return firstMatch(FOLLOW_UP_PLACE_RULES, { cues, sentences, places }, switches)?.out ?? null;
}

/** The follow-up the article reports, by its title and first two sentences, or null. */
export function articleFollowUp(
  title: string | null,
  sentences: readonly { text: string }[],
): { kind: string; cue: string } | null {
  compiled ??= loadFollowUpKinds();
  return followUpKind(
    compiled,
    title ?? '',
    sentences
      .slice(0, 2)
      .map((s) => s.text)
      .join(' '),
  );
}

/** a person the lede says a trial or sentencing is of: the mention, and the mention with the verdict words as evidence */
export interface Defendant {
  sentenceId: string;
  start: number;
  end: number;
  /** [start, end, …] article offsets: the name and the words that make it a defendant */
  evidence: number[];
}

interface NameInSentence {
  sentence: { id: string; start: number; text: string };
  start: number;
  end: number;
}

export const DEFENDANT_RULES: readonly Rule<{ cues: DefendantCues; m: NameInSentence }, number[]>[] = [
  {
    id: 'defendant/name-then-verdict',
    family: 'defendant',
    reason:
      'News of a trial or sentencing names the defendant as the subject of the verdict or of the plea, often with an apposition between ("X, 29, a driver from Leeds, was sentenced", "X has pleaded guilty"); the words must follow the name directly or after an apposition closed by a comma, so a clause about someone else ("X, whose brother was jailed") does not count.',
    apply({ cues, m }) {
      const after = m.sentence.text.slice(m.end - m.sentence.start);
      const hit = cues.after.exec(after);
      return hit ? [m.end, m.end + hit[0].length] : null;
    },
  },
  {
    id: 'defendant/verdict-then-name',
    family: 'defendant',
    reason:
      'The verdict or sentence as a verb with the defendant as its object ("a jury convicted X", "the judge jailed X", "found X guilty").',
    apply({ cues, m }) {
      const before = m.sentence.text.slice(0, m.start - m.sentence.start);
      const hit = cues.before.exec(before);
      if (hit) return [m.sentence.start + hit.index, m.start];
      const after = m.sentence.text.slice(m.end - m.sentence.start);
      for (const a of cues.around) {
        const b = a.before.exec(before);
        const f = b && a.after.exec(after);
        if (b && f) return [m.sentence.start + b.index, m.start, m.end, m.end + f[0].length];
      }
      return null;
    },
  },
];

/**
 * Rule `defendant/list-shares-verdict`: names listed together ("X and Y were found guilty", "convicted X, Y and Z")
 * share the verdict words of the list's first or last name.
 */
const LIST_GLUE = /^\s*(?:,\s*(?:and\s+)?|and\s+)$/u;

/** The people the article's lede says its trial or sentencing is of (DEFENDANT_RULES), with the words that say so. */
export function defendantsOf(
  cues: DefendantCues,
  kind: string,
  w: Pick<ArticleWrite, 'sentences' | 'sentenceMentions' | 'entities'>,
  switches: RuleSwitches = ALL_RULES_ON,
): Defendant[] {
  if (!cues.kinds.has(kind)) return [];
  const people = new Set(w.entities.person.map((p) => p.key));
  const lede = [...w.sentences].sort((a, b) => a.index - b.index).slice(0, cues.ledeSentences);
  const out: Defendant[] = [];
  for (const sentence of lede) {
    const names = w.sentenceMentions
      .filter((m) => m.sentenceId === sentence.id && people.has(m.key))
      .sort((a, b) => a.start - b.start)
      .map((m) => ({ sentence, start: m.start, end: m.end }));
    const cue: Array<number[] | null> = names.map(
      (m) => firstMatch(DEFENDANT_RULES, { cues, m }, switches)?.out ?? null,
    );
    const glued = (i: number) =>
      isOn(switches, { id: 'defendant/list-shares-verdict' }) &&
      LIST_GLUE.test(sentence.text.slice(names[i]!.end - sentence.start, names[i + 1]!.start - sentence.start));
    // a list shares the words after its last name, and the verb before its first
    for (let i = names.length - 2; i >= 0; i--) if (!cue[i] && cue[i + 1] && glued(i)) cue[i] = cue[i + 1]!;
    for (let i = 1; i < names.length; i++) if (!cue[i] && cue[i - 1] && glued(i - 1)) cue[i] = cue[i - 1]!;
    names.forEach((m, i) => {
      const words = cue[i];
      if (words)
        out.push({ sentenceId: sentence.id, start: m.start, end: m.end, evidence: [m.start, m.end, ...words] });
    });
  }
  return out;
}

/** The follow-up an article reports (articleFollowUp) with the place of its court and its defendants, where it names them. */
export function articleFollowUpOf(
  w: Pick<ArticleWrite, 'article' | 'sentences' | 'sentenceMentions' | 'entities'>,
): { kind: string; cue: string; place?: FollowUpPlace; defendants?: Defendant[] } | null {
  const f = articleFollowUp(w.article.title, w.sentences);
  if (!f) return null;
  courts ??= loadCourtCues();
  defendantCues ??= loadDefendantCues();
  const place = courtPlaceOf(courts, f.kind, w);
  const defendants = defendantsOf(defendantCues, f.kind, w);
  return { ...f, ...(place ? { place } : {}), ...(defendants.length ? { defendants } : {}) };
}
