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
import { ALL_RULES_ON, firstMatch, type Rule, type RuleSwitches } from '../rules/index.js';
import type { ArticleWrite, PlaceRow } from '../graph/rows.js';

const FILE = fileURLToPath(new URL('../../data/lexicons/follow-up-kinds.json', import.meta.url));
const PLACES_FILE = fileURLToPath(new URL('../../data/lexicons/follow-up-places.json', import.meta.url));

const FollowUpKindsFile = z.object({
  description: z.string().min(1),
  kinds: z.record(z.string(), z.array(z.string().min(1)).min(1)),
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

export function loadFollowUpKinds(file = FILE): FollowUpKindCue[] {
  const parsed = FollowUpKindsFile.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success)
    throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const unknown = Object.keys(parsed.data.kinds).filter((k) => !INCIDENT_KINDS.includes(k));
  if (unknown.length) throw new Error(`${file}: not incident kinds of data/ontology.json: ${unknown.join(', ')}`);
  return compileFollowUpKinds(parsed.data.kinds);
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

/** The follow-up an article reports (articleFollowUp) with the place of its court when the article names one. */
export function articleFollowUpOf(
  w: Pick<ArticleWrite, 'article' | 'sentences' | 'sentenceMentions' | 'entities'>,
): { kind: string; cue: string; place?: FollowUpPlace } | null {
  const f = articleFollowUp(w.article.title, w.sentences);
  if (!f) return null;
  courts ??= loadCourtCues();
  const place = courtPlaceOf(courts, f.kind, w);
  return place ? { ...f, place } : f;
}
