// Casualty counts as news states them: "killing 22 people", "four people shot dead", "injured more than 100",
// "left 3 dead and 40 wounded", "the death toll rose to 130".
import { ALL_RULES_ON, allMatches, type Rule, type RuleSwitches } from '../rules/index.js';

export interface CasualtyCount {
  what: 'killed' | 'injured';
  count: number;
  start: number;
  end: number;
  /** id of the rule that found it */
  rule: string;
}

const UNITS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30,
  forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, dozen: 12,
};

const WORD_NUM = '(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a dozen|a hundred|one hundred|two hundred)';
const NUM = `(?:\\d{1,3}(?:,\\d{3})+|\\d+|${WORD_NUM})`;
const QUANT = '(?:(?:at least|more than|over|nearly|almost|about|around|some|up to|as many as|an estimated|a total of|a further|another)\\s+)?';
const PEOPLE = "(?:(?:[\\p{L}-]+\\s+){0,2}(?:people|persons|civilians|men|women|children|soldiers|officers|policemen|police officers|troops|students|worshippers|passengers|tourists|others|victims|members|militants|fighters|staff|workers|pupils|bystanders|passers-by|residents|villagers|journalists|\\p{L}+s)\\s+)?";
const KILL_WORDS = '(?:killed|dead|died|murdered|shot dead|stabbed to death|lost their lives|were killed|have died|had died|have been killed|had been killed|were shot dead|were murdered|were confirmed dead)';
const HURT_WORDS = '(?:injured|wounded|hurt|hospitali[sz]ed|were injured|were wounded|were hurt|have been injured|had been injured|were taken to hospital|needed hospital treatment)';

/** The ways news states a casualty count, as named rules (ids "casualty/…"). */
const PATTERNS: { id: string; reason: string; what: 'killed' | 'injured'; re: RegExp }[] = [
  { id: 'casualty/killing-n', reason: 'A verb of killing (or "leaving", "claiming the lives of") before a count: "killing 22 people", "left 3 dead".', what: 'killed', re: new RegExp(`\\b(?:killing|killed|kills|kill|leaving|left|claimed the lives of|claiming the lives of)\\s+${QUANT}(${NUM})(?!\\s*(?:-year|year|%|per cent|percent|miles|km|metres|meters|hours|minutes|days|weeks|months|years))\\b(?:\\s+${PEOPLE.slice(3, -2)})?(?:\\s+(?:dead))?`, 'giu') },
  { id: 'casualty/n-killed', reason: 'A count of people before a verb or adjective of death: "four people were shot dead", "22 dead".', what: 'killed', re: new RegExp(`\\b${QUANT}(${NUM})\\s+${PEOPLE}(?:were\\s+|was\\s+|have been\\s+|had been\\s+|are\\s+|now\\s+)?${KILL_WORDS}\\b`, 'giu') },
  { id: 'casualty/death-toll', reason: 'The death toll stated: "the death toll rose to 130".', what: 'killed', re: new RegExp(`\\bdeath toll\\s+(?:\\w+\\s+){0,3}?(?:to|at|of|was|is|stood at|stands at|reached|hit)\\s+${QUANT}(${NUM})\\b`, 'giu') },
  { id: 'casualty/injuring-n', reason: 'A verb of wounding before a count: "injuring more than 100".', what: 'injured', re: new RegExp(`\\b(?:injuring|injured|wounding|wounded|hurting|hurt)\\s+${QUANT}(${NUM})(?!\\s*(?:-year|year|%|per cent))\\b`, 'giu') },
  { id: 'casualty/n-injured', reason: 'A count of people before a word of injury: "40 wounded", "12 were taken to hospital".', what: 'injured', re: new RegExp(`\\b${QUANT}(${NUM})\\s+${PEOPLE}(?:others\\s+)?(?:were\\s+|was\\s+|have been\\s+|had been\\s+|are\\s+)?${HURT_WORDS}\\b`, 'giu') },
];

export function parseNumber(s: string): number | null {
  const t = s.toLowerCase().replace(/,/g, '').trim();
  if (/^\d+$/.test(t)) return Number(t);
  if (t === 'a dozen') return 12;
  if (t === 'a hundred' || t === 'one hundred') return 100;
  if (t === 'two hundred') return 200;
  const parts = t.split('-');
  let n = 0;
  for (const p of parts) {
    const v = UNITS[p];
    if (v === undefined) return null;
    n += v;
  }
  return n;
}

/** A rule's matches: each count with its offsets in the text given to apply(). */
type Matched = Omit<CasualtyCount, 'rule'>;

export const CASUALTY_RULES: readonly Rule<string, Matched[]>[] = PATTERNS.map(({ id, reason, what, re }) => ({
  id, family: 'casualty', reason,
  apply(text: string): Matched[] | null {
    const found: Matched[] = [];
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const count = parseNumber(m[1]!);
      if (count !== null && count !== 0) found.push({ what, count, start: m.index, end: m.index + m[0].length });
    }
    return found.length ? found : null;
  },
}));

/**
 * Casualty counts in `text`; offsets shifted by `offset`. Overlapping matches keep the first found.
 * Each count names the rule that found it; rules in `switches` are off (callers pass `doc.res.rules`).
 */
export function casualtiesIn(text: string, offset = 0, switches: RuleSwitches = ALL_RULES_ON): CasualtyCount[] {
  const out: CasualtyCount[] = [];
  for (const { rule, out: found } of allMatches(CASUALTY_RULES, text, switches)) {
    for (const f of found) {
      const start = offset + f.start, end = offset + f.end;
      if (out.some((c) => c.what === f.what && c.start < end && start < c.end)) continue;
      out.push({ what: f.what, count: f.count, start, end, rule: rule.id });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
