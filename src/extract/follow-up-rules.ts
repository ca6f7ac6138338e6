// The rules of a follow-up article (a trial, sentencing or inquest): where its court sits (ids
// "follow-up-place/…") and whom its lede names as the defendant (ids "defendant/…"). Pure: the cues are compiled from
// data/lexicons/follow-up-kinds.json and follow-up-places.json by src/ingest/follow-ups.ts, which runs these rules on
// an article's sentences and mentions. Here, in the extraction core, so the rule registry (rules/index.ts) lists them
// and KG_DISABLE_RULES switches them off like every other rule.
import { inlineRule, type Rule } from '../rules/index.js';
import { eachMatch } from '../reg-exp.js';

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

/** the court cues of data/lexicons/follow-up-places.json, compiled */
export interface CourtCues {
  kinds: ReadonlySet<string>;
  court: RegExp;
  linkAfter: RegExp;
  modifier: RegExp;
  maxWordsBetween: number;
  named: ReadonlyArray<{ re: RegExp; name: string; city: string; country: string }>;
}

/** what the court rules read of a place entity of the article (the graph's place row has these fields) */
export interface CourtPlace {
  key: string;
  name: string;
  aliases: readonly string[];
  country: string | null;
  placeKind: string;
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
  places: ReadonlyArray<{ sentenceId: string; start: number; end: number; place: CourtPlace }>;
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
const courtPlace = (p: CourtPlace) => p.placeKind !== 'country';

/** The follow-up took place at the place mention M, for REASON. */
const placeFound = (m: CourtInput['places'][number], reason: string): FollowUpPlace => ({
  key: m.place.key,
  sentenceId: m.sentenceId,
  start: m.start,
  end: m.end,
  reason,
});

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
        for (const m of eachMatch(cues.court, s.text)) {
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
            return placeFound(
              hit,
              `follow-up-place/court-in-city: the court sits in ${hit.place.name} ("${s.text.slice(Math.min(hit.start, cs) - s.start, Math.max(hit.end, ce) - s.start)}")`,
            );
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
          if (city) return placeFound(city, `follow-up-place/named-court: the ${c.name} sits in ${city.place.name}`);
        }
      }
      return null;
    },
  },
];

/** a person the lede says a trial or sentencing is of: the mention, and the mention with the verdict words as evidence */
export interface Defendant {
  sentenceId: string;
  start: number;
  end: number;
  /** [start, end, …] article offsets: the name and the words that make it a defendant */
  evidence: number[];
  /** the rules that read it (DEFENDANT_RULES, and defendant/list-shares-verdict for a name the list gave the words) */
  rules?: string[];
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
    why: 'X is the subject of the verdict or the plea: "X was sentenced", "X pleaded guilty"',
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
    why: 'X is the object of the verdict: "the jury convicted X", "the judge jailed X"',
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

/** what the list rule sees: the words between two names of a sentence */
export interface NamesBetween {
  between: string;
}

const LIST_GLUE = /^\s*(?:,\s*(?:and\s+)?|and\s+)$/u;

export const DEFENDANT_LIST_SHARES_VERDICT: Rule<NamesBetween, true> = {
  id: 'defendant/list-shares-verdict',
  family: 'defendant',
  why: 'X is listed with a defendant and shares the verdict: "X and Y were found guilty"',
  reason:
    'Names listed together ("X and Y were found guilty", "convicted X, Y and Z") share the verdict words of the list\'s first or last name: a list joined only by commas and "and" is one subject or one object of the verdict.',
  apply: ({ between }) => (LIST_GLUE.test(between) ? true : null),
};

// The links between incidents (FOLLOW_UP_OF, PART_OF) the graph makes from an article's incidents
// (src/graph/incident-frames.ts): declared here so `kg rules` lists them and each link keeps its rule and the line
// an analyst reads in the explorer's edge panel.

/** a trial, sentencing, inquest or anniversary article's incident FOLLOW_UP_OF the earlier event it refers to */
export const FOLLOW_UP_OF_ITS_REFERENCE = inlineRule(
  'follow-up/article-follows-its-reference',
  'An article whose title or first sentences report a trial, a sentencing, an inquest or an anniversary (data follow-up-kinds.json) is news of proceedings about an earlier event, not of a new one: its incident is one of its own day that follows the incidents the article refers to (incident-frames.ts followUpFrame), named after the one it mentions most.',
  'a trial, sentencing, inquest or anniversary its article reports, about this earlier event',
);

/** an arrest, raid or charge FOLLOW_UP_OF the violent incident its article tells it with */
export const FOLLOW_UP_RESPONSE_OF_ITS_OWN_TELLING = inlineRule(
  'follow-up/response-of-its-own-telling',
  'An arrest, raid or charge an article reports, or a violent act of the police or troops ("a suspect shot by police"), is the response to the violent incident the article is about, unless the sentences that tell it tell another of its violent incidents more (that one is then what it responds to); never to one dated after it, and never a reference to an earlier one (incident-frames.ts linkResponses).',
  'the arrest, raid or police action its article tells after this incident, in the sentences that tell it',
);

/** a further attack an article reports PART_OF the one that began the series */
export const PART_OF_SAME_ARTICLE_SERIES = inlineRule(
  'part-of/same-article-series',
  'An article that reports several violent acts of its own days (a gunman who shoots an officer one day and takes hostages the next) tells one series: each act is an incident of its own day and place, and part of the attack that began it, at most SERIES_DAYS before; an act the article tells apart ("In a separate incident") is part of none (incident-frames.ts linkSeries).',
  'a further attack its article reports within days of this one, which began the series',
);

export const INCIDENT_LINK_RULES = [
  FOLLOW_UP_OF_ITS_REFERENCE,
  FOLLOW_UP_RESPONSE_OF_ITS_OWN_TELLING,
  PART_OF_SAME_ARTICLE_SERIES,
];
