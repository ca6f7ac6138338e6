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
import { ALL_RULES_ON, disabledRuleIds, firstMatch, type RuleSwitches } from '../rules/index.js';
import type { ArticleWrite } from '../graph/rows.js';
import {
  DEFENDANT_LIST_SHARES_VERDICT,
  DEFENDANT_RULES,
  FOLLOW_UP_PLACE_RULES,
  type CourtCues,
  type Defendant,
  type DefendantCues,
  type FollowUpPlace,
} from '../extract/follow-up-rules.js';

export type { CourtCues, Defendant, DefendantCues, FollowUpPlace };

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
    // the words that make each name a defendant, and the rules that read them
    const cue: Array<{ words: number[]; rules: string[] } | null> = names.map((m) => {
      const hit = firstMatch(DEFENDANT_RULES, { cues, m }, switches);
      return hit ? { words: hit.out, rules: [hit.rule.id] } : null;
    });
    const glued = (i: number) =>
      firstMatch(
        [DEFENDANT_LIST_SHARES_VERDICT],
        { between: sentence.text.slice(names[i]!.end - sentence.start, names[i + 1]!.start - sentence.start) },
        switches,
      ) !== null;
    const shared = (c: { words: number[]; rules: string[] }) => ({
      words: c.words,
      rules: [...c.rules, DEFENDANT_LIST_SHARES_VERDICT.id],
    });
    // a list shares the words after its last name, and the verb before its first
    for (let i = names.length - 2; i >= 0; i--) if (!cue[i] && cue[i + 1] && glued(i)) cue[i] = shared(cue[i + 1]!);
    for (let i = 1; i < names.length; i++) if (!cue[i] && cue[i - 1] && glued(i - 1)) cue[i] = shared(cue[i - 1]!);
    names.forEach((m, i) => {
      const found = cue[i];
      if (found)
        out.push({
          sentenceId: sentence.id,
          start: m.start,
          end: m.end,
          evidence: [m.start, m.end, ...found.words],
          rules: [...new Set(found.rules)],
        });
    });
  }
  return out;
}

/** The follow-up an article reports (articleFollowUp) with the place of its court and its defendants, where it names them. */
export function articleFollowUpOf(
  w: Pick<ArticleWrite, 'article' | 'sentences' | 'sentenceMentions' | 'entities'>,
  switches: RuleSwitches = { disabled: new Set(disabledRuleIds(process.env.KG_DISABLE_RULES)) },
): { kind: string; cue: string; place?: FollowUpPlace; defendants?: Defendant[] } | null {
  const f = articleFollowUp(w.article.title, w.sentences);
  if (!f) return null;
  courts ??= loadCourtCues();
  defendantCues ??= loadDefendantCues();
  const place = courtPlaceOf(courts, f.kind, w, switches);
  const defendants = defendantsOf(defendantCues, f.kind, w, switches);
  return { ...f, ...(place ? { place } : {}), ...(defendants.length ? { defendants } : {}) };
}
