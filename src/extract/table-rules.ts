// Rules for the names read inside tables of figures (issue 11: precision on unseen news). Market reports, results
// statements and economic indicators set rows of numbers under short labels ("Core Inflation +0.1 +0.2", "Six Months
// ended June 30", "Jun - 0.2 +0.1"), and the tagger reads a capitalised label as a name. Each rule is a named unit with
// its reason, switched off by id with KG_DISABLE_RULES; they run after the body-name rules.
import type { Doc } from './document.js';
import type { Candidate } from './mentions.js';
import { isOn } from '../rules/index.js';
import { eachMatch } from '../reg-exp.js';
import { type EntityRule, englishWordOf, inflectedEnglish, remove, retype, rule, sportCopy } from './entity-rules.js';
import { ruleCandidate } from './rule-candidate.js';

/** a figure: a number with its sign, separators, decimals, fraction or percent ("+0.1", "3,894.00", "107-12", "9.5%") */
const FIGURE = /(?<![\p{L}\p{N}])[+-]?\d[\d,./-]*%?(?![\p{L}])/gu;
/** a code of a letter or two and a digit or two that labels a series in a table ("M4" money supply, "Q2", "H1") */
const CODE = /^\p{L}{1,2}\d{1,2}$/u;
/** how many figures make a line a row of a table */
const ROW_FIGURES = 3;
/** a row label stands beside figures, not in prose: at most this many lower-case words on its line */
const ROW_LOWER_WORDS = 5;

/** The lines of an article: where each starts and ends in its text. */
function linesOf(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    out.push({ start, end });
    if (nl < 0) return out;
    start = nl + 1;
  }
}

/**
 * Whether each line of the article is part of a table: a row (a line with few lower-case words, no prose, and
 * ROW_FIGURES figures or more), or a line with few lower-case words right above or below a row (the label line over
 * its columns: "Six Months", "Pro Forma:").
 */
function tableLines(doc: Doc): { lines: { start: number; end: number }[]; inTable: boolean[]; row: boolean[] } {
  const lines = linesOf(doc.text);
  const text = (l: { start: number; end: number }) => doc.text.slice(l.start, l.end);
  // a date's day and year are no figures of a table ("OJ L 218 OF AUGUST 28, 1996")
  const date = doc.res.words.memo('table-rules.date', () => {
    const month = `(?:${doc.res.words.alt('news.months')}|${doc.res.words.alt('news.datelineMonths')})\\.?`;
    return new RegExp(
      String.raw`\d{4}-\d{2}-\d{2}|(?<![\p{L}])${month}\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}\s+${month}(?![\p{L}])(?:\s+\d{4})?`,
      'giu',
    );
  });
  // a desk's sign-off ("-- Air Cargo Newsroom Tel+44 171 542 8982", "- Freight Desk Tel ...") lists telephone numbers,
  // not figures
  const terse = lines.map(
    (l) =>
      !/^\s*[-–—]{1,2}\s*\p{Lu}/u.test(text(l)) &&
      (text(l).match(/(?<![\p{L}])\p{Ll}+(?![\p{L}])/gu) ?? []).length <= ROW_LOWER_WORDS,
  );
  const row = lines.map(
    (l, i) => terse[i]! && [...eachMatch(FIGURE, text(l).replace(date, ' '))].length >= ROW_FIGURES,
  );
  const inTable = lines.map((_, i) => terse[i]! && (row[i]! || !!row[i - 1] || !!row[i + 1]));
  return { lines, inTable, row };
}

export const TABLE_RULES: readonly EntityRule[] = [
  rule(
    'table-row-label',
    'tables of figures in market reports, results statements and economic indicators label their rows and columns with ordinary words ("Core Inflation +0.1 +0.2", "SHORT STERLING (SEP) 94.26", "Six Months" over "1996 1995", "Jun - 0.2 +0.1"), which the tagger, seeing capitals beside numbers, reads as names: a candidate alone on a line of a table (a line with three figures or more, dates aside, and few lower-case words, or a terse line next to one; no desk sign-off after a dash with its telephone numbers) whose every word is a word of English (english.commonWords and its inflections, verbs and function words), a word or abbreviation of such tables (entities.tableLabelWords: "Short Sterling", "Cur Acc", "MTH", "Pro Forma"), a code of a letter or two and a digit or two ("M4 Money Supply", "Q2") or a month written short (news.datelineMonths) is a label, no entity. A place only on a row of figures itself, where the gazetteer does not know it and the text names it nowhere outside its tables (a row of prices by town keeps its town: "(Red River) 4.46 dn .02"); not a name a gazetteer or lexicon backs, a given name, an outlet, not a name beside other names on its line (a results line: "Alba (Germany) 75 Red Star (Yugoslavia) 70"), and not in sports copy, where results tables list clubs named with ordinary words',
    (doc, cands) => {
      if (!/\d/.test(doc.text) || sportCopy(doc)) return;
      const { lines, inTable, row } = tableLines(doc);
      if (!inTable.some(Boolean)) return;
      const english = englishWordOf(doc);
      const months = doc.res.words.set('news.datelineMonths');
      const tableWords = doc.res.words.set('entities.tableLabelWords');
      const given = doc.res.names.givenNamesWide;
      const gaz = doc.res.gazetteer;
      const labelWord = (w: string) =>
        months.has(w) ||
        tableWords.has(w) ||
        CODE.test(w) ||
        (/^\p{L}+$/u.test(w) && !given.has(w) && (english(w) || inflectedEnglish(doc, w)));
      const lineAt = (pos: number) => {
        let lo = 0,
          hi = lines.length - 1;
        while (lo < hi) {
          const mid = (lo + hi + 1) >> 1;
          if (lines[mid]!.start <= pos) lo = mid;
          else hi = mid - 1;
        }
        return lo;
      };
      const labelWords = (c: Candidate) => {
        const words = c.text
          .toLowerCase()
          .split(/[\s-]+/u)
          .filter(Boolean);
        return words.length > 0 && words.every(labelWord);
      };
      // the names on each line, told apart by their words, a month aside: a row of one label may write it twice or
      // name its contract month ("MTH / MTH PVS", "SHORT STERLING (SEP) 94.26")
      const namesOnLine = new Map<number, Set<string>>();
      for (const c of cands) {
        const lower = c.text.toLowerCase();
        if (months.has(lower)) continue;
        const line = lineAt(c.start);
        namesOnLine.set(line, (namesOnLine.get(line) ?? new Set()).add(lower));
      }
      // a name written outside the tables of the article is the text's own use of it
      const outsideTables = new Set(cands.filter((c) => !inTable[lineAt(c.start)]).map((c) => c.text.toLowerCase()));
      remove(cands, (c) => {
        if (c.gaz.length || c.sure || c.media || c.venue) return false;
        if (c.type !== 'person' && c.type !== 'organization' && c.type !== 'place') return false;
        const line = lineAt(c.start);
        if (!inTable[line]) return false;
        // a place the gazetteer does not know, read by the tagger on a row of figures, is a label only there; one the
        // text names elsewhere is a place ("(Red River) 4.46 dn .02" under a report on Red River)
        if (c.type === 'place' && (!row[line] || outsideTables.has(c.text.toLowerCase()))) return false;
        // a results line names several sides ("Alba (Germany) 75 Red Star (Yugoslavia) 70"); a row has one label
        if ((namesOnLine.get(line)?.size ?? 0) > 1) return false;
        const lower = c.text.toLowerCase();
        if (gaz.placesByName.has(lower) || gaz.orgsByName.has(lower)) return false;
        return labelWords(c);
      });
    },
  ),
  rule(
    'results-venue-opens-line',
    'sports results copy lists each match on a line that opens with the town or ground where it is played, then a colon, then the sides and their scores ("Harwick: Eastshire 212 (P. Lowe 60) v Westshire", "Marbury (Kings Park): Northshire 98-4"): a name of one to four capitalised words opening such a line, before an optional ground in brackets and the colon, is a place, where the first name after the colon is a side the tagger read as a body and a figure follows on the line. The tagger, seeing a town among clubs, reads it as a club or a person. Only in sports copy; the name must be a place the gazetteer knows or hold a word that is no word of English ("Scorers: Lowe 23" opens no place), and a name the tagger left untyped is taken only where the gazetteer knows it as a place',
    (doc, cands, id) => {
      if (!sportCopy(doc)) return;
      const line = doc.res.words.memo(
        'table-rules.resultsVenueLine',
        () =>
          /^(\p{Lu}[\p{L}'’.]*(?:-\p{L}[\p{L}'’.]*)*(?:[ \t]+\p{Lu}[\p{L}'’.]*(?:-\p{L}[\p{L}'’.]*)*){0,3})(?:[ \t]+\([^()\n]{2,40}\))?[ \t]*:[ \t]+(?=\p{Lu}[^\n]*\d)/gmu,
      );
      const english = englishWordOf(doc);
      const places = doc.res.gazetteer.placesByName;
      for (const m of eachMatch(line, doc.text)) {
        const start = m.index;
        const end = start + m[1]!.length;
        const after = start + m[0].length;
        const side = cands.find((c) => c.start === after);
        if (side?.type !== 'organization' || !/^[ \t]*[^\n\d]{0,40}\d/u.test(doc.text.slice(side.end, side.end + 60)))
          continue;
        const lower = m[1]!.toLowerCase();
        const known = (places.get(lower) ?? []).length > 0;
        const over = cands.filter((c) => c.start < end && start < c.end);
        if (over.some((c) => c.start !== start || c.end !== end || c.sure || c.media)) continue;
        const named = over[0];
        if (!named) {
          if (known) cands.push(ruleCandidate(doc, 'place', start, end, id));
          continue;
        }
        if (named.type === 'place') continue;
        const words = lower.split(/[\s-]+/u).filter(Boolean);
        if (!known && words.every((w) => english(w) || inflectedEnglish(doc, w))) continue;
        retype(named, 'place', id);
        named.roles = [];
        named.gaz = named.gaz.filter((e) => e.kind !== 'org');
      }
      cands.sort((a, b) => a.start - b.start);
    },
  ),
];

/** Runs the rules of this file that are on over an article's candidates, after the body-name rules. */
export function applyTableRules(doc: Doc, cands: Candidate[]): void {
  for (const r of TABLE_RULES) if (isOn(doc.res.rules, r)) r.run(doc, cands);
}
