// Rules that mend the name of a body the tagger cut short or read as a person (issue 11: precision on unseen news).
// They run after the name-repair rules (name-repair-rules.ts) over the candidates of one article; each is a named unit
// with its reason, switched off by id with KG_DISABLE_RULES. The words they need come from the name lists.
import type { Doc } from './document.js';
import type { Candidate } from './mentions.js';
import { isOn } from '../rules/index.js';
import {
  type EntityRule,
  englishWordOf,
  afterWorkNoun,
  inCaps,
  lists,
  mark,
  nameHeadWords,
  overlaps,
  remove,
  respan,
  retype,
  rule,
  sportCopy,
} from './entity-rules.js';
import { eachMatch } from '../reg-exp.js';
import { ruleCandidate } from './rule-candidate.js';
import { sentenceAt } from './document.js';

/** One capitalised word written right before `end`, set off by a single space or tab: the word and where it starts. */
function capitalisedWordBefore(doc: Doc, end: number): { word: string; start: number } | null {
  const m = /(?<![\p{L}\p{N}.'’&-])(\p{Lu}[\p{L}\p{N}&]*(?:-\p{Lu}[\p{L}\p{N}&]*)*(?:['’]s)?)[ \t]$/u.exec(
    doc.text.slice(Math.max(0, end - 40), end),
  );
  return m ? { word: m[1]!, start: end - m[0].length } : null;
}

export const BODY_NAME_RULES: readonly EntityRule[] = [
  rule(
    'firm-name-reaches-back',
    '"Southern California Edison Co", "Daniels Pharmaceuticals Inc", "Boatmen\'s Bancshares Inc": a firm\'s name that ends in a company suffix (mentions.companySuffixes) runs back over the capitalised words written right before it, where the tagger cut those off as a place, a person or nothing. A word no mention covers joins only if it is no word of English, no month or weekday and no place the gazetteer knows (so "Shares", "Monday", "Japan\'s" stay out), or a compass word before a place the name holds ("Southern California"); a mention joins whole, unless a title backs it, it is an outlet, a known body or a country; a word with a small hyphenated part ("Denver-based") is no part of the name. The firm named again without its suffix is the firm too. Not in a sentence in capitals, where case tells nothing',
    (doc, cands, id) => {
      const suffixes = doc.res.words.set('mentions.companySuffixes');
      const months = doc.res.words.set('news.months');
      const weekdays = doc.res.words.set('mentions.weekdays');
      const english = englishWordOf(doc);
      const places = doc.res.gazetteer.placesByName;
      const direction = doc.res.words.memo(
        'body-name-rules.directionWord',
        () => new RegExp(`^(?:${doc.res.words.alt('mentions.directionAdjectives')})$`, 'u'),
      );
      const firstWordAt = (pos: number) => /^\p{Lu}[\p{L}.'’-]*/u.exec(doc.text.slice(pos, pos + 40))?.[0];
      for (const c of cands.slice()) {
        if (!cands.includes(c) || c.type !== 'organization' || c.media || inCaps(doc, c.sentence)) continue;
        const last = c.text.split(/\s+/u).pop()!.replace(/\.$/u, '').toLowerCase();
        if (!suffixes.has(last) || !/\s/u.test(c.text)) continue;
        let start = c.start;
        const taken: Candidate[] = [];
        for (let step = 0; step < 3; step++) {
          const w = capitalisedWordBefore(doc, start);
          if (!w) break;
          const over = cands.filter((o) => o !== c && overlaps(o, { start: w.start, end: start - 1 }));
          if (over.length) {
            const o = over[0]!;
            if (over.length > 1 || o.end !== start - 1 || o.sure || o.media) break;
            if (o.gaz.some((e) => e.kind === 'country' || e.kind === 'org')) break;
            if (/['’]s$/u.test(o.text)) break;
            taken.push(o);
            start = o.start;
            continue;
          }
          const possessive = /['’]s$/u.test(w.word);
          const lower = w.word.replace(/['’]s$/u, '').toLowerCase();
          // "Southern California Edison Co": a compass word before a place the name holds is part of that place's name
          const compassOfPlace =
            !possessive && direction.test(lower) && places.has(firstWordAt(start)?.toLowerCase() ?? '');
          if (
            !compassOfPlace &&
            (english(lower) || months.has(lower) || weekdays.has(w.word.replace(/['’]s$/u, '')) || places.has(lower))
          )
            break;
          start = w.start;
          // a possessive owns the firm ("Boatmen's Bancshares"): nothing before it is part of the name
          if (possessive) break;
        }
        if (start === c.start) continue;
        remove(cands, (o) => taken.includes(o));
        respan(doc, c, start, c.end, id);
        c.gaz = c.gaz.filter((e) => e.kind === 'org');
        c.venue = false;
        // the firm named again without its suffix ("Harkavy Plastics said") is the firm, whatever the tagger read
        const bare = c.text.replace(/\s+\S+$/u, '');
        for (const o of cands) if (o !== c && !o.sure && o.text === bare) retype(o, 'organization', id);
      }
    },
  ),
  rule(
    'outlet-after-media-noun',
    '"the official state news agency Tarsa said", "the weekly Morgenblad reported": a name written right after a noun for a news outlet (mentions.outletNounsBeforeName) is that outlet, though the tagger read it as a person or a place. Not a name that opens with a given name after a bare noun ("told the newspaper Maria was safe"; after a described one, "the official state news agency Petra", it names the outlet), one a title makes sure, nor a body or country the gazetteer knows (a town of the same name is no obstacle; an outlet it knows, "Petra", is that outlet even when the name is also a given name). The same name written again in the article is the outlet too, also where an earlier step had already typed the first mention an outlet',
    (doc, cands, id) => {
      const nounBefore = doc.res.words.memo(
        'body-name-rules.outletNounBefore',
        () => new RegExp(String.raw`(?:^|[^\p{L}])${doc.res.words.alt('mentions.outletNounsBeforeName')}[ \t]+$`, 'u'),
      );
      // "the official state news agency Petra": words that describe the outlet stand between its article and its noun
      const describedNoun = doc.res.words.memo(
        'body-name-rules.describedOutletNoun',
        () =>
          new RegExp(
            String.raw`(?:^|[^\p{L}])(?:[Tt]he|[Aa]n?|\p{Lu}[\p{L}.-]*['’]s?)\s+(?:[\p{L}-]+\s+){1,3}${doc.res.words.alt('mentions.outletNounsBeforeName')}[ \t]+$`,
            'u',
          ),
      );
      const given = doc.res.names.givenNames;
      const knownOutlet = (c: Candidate) => c.gaz.some((e) => e.kind === 'org' && e.orgKind === 'media');
      for (const c of cands) {
        if (c.sure || c.venue) continue;
        const before = doc.text.slice(Math.max(0, c.start - 60), c.start);
        if (!nounBefore.test(before)) continue;
        if (c.type !== 'organization') {
          // a known outlet ("Petra", also a given name) keeps its entry; another known body or a country is no outlet
          if (!knownOutlet(c) && c.gaz.some((e) => e.kind === 'org' || e.kind === 'country')) continue;
          if (doc.res.gazetteer.placesByName.get(c.text.toLowerCase())?.some((e) => e.kind === 'country')) continue;
          if (!knownOutlet(c) && given.has(c.text.split(/\s+/u)[0]!.toLowerCase()) && !describedNoun.test(before))
            continue;
          retype(c, 'organization', id);
          // a town of the same name ("Petra") is not where the outlet is
          c.gaz = c.gaz.filter((e) => e.kind === 'org');
          c.media = true;
          mark(c, id);
        } else if (!c.media && !knownOutlet(c)) continue;
        // the outlet named again ("Petra added") is the outlet too, also where an earlier step already typed it
        for (const o of cands) {
          if (o === c || o.sure || o.text !== c.text || o.type === 'organization') continue;
          retype(o, 'organization', id);
          o.gaz = c.gaz.slice();
          o.media = true;
        }
      }
    },
  ),
  rule(
    'list-of-firms',
    '"bought the wheat from Halvorsen, Takeda, Meridian and Baxley Trading Corp": a list ending "…, B and C" whose other members are mostly bodies, one of them named as a firm (its last word a company suffix, mentions.companySuffixes) or a body a lexicon knows, lists bodies, so a member of one or two words the tagger read as a person or a place, with no lexicon entry and no head word of a place or venue, is a body too. Not a person with a title, a given name before a surname, nor a surname of a person the article names in full; not in a sentence in capitals',
    (doc, cands, id) => {
      const suffixes = doc.res.words.set('mentions.companySuffixes');
      const [, placeHeads, venueHeads] = nameHeadWords(doc);
      const given = doc.res.names.givenNames;
      const surnames = new Set(
        cands
          .filter((c) => c.type === 'person' && /\s/u.test(c.text))
          .flatMap((c) => c.text.toLowerCase().split(/\s+/u).slice(1)),
      );
      const lastWordOf = (c: Candidate) =>
        c.text
          .replace(/['’]s$/u, '')
          .split(/\s+/u)
          .pop()!
          .replace(/\.$/u, '')
          .toLowerCase();
      const namedFirm = (c: Candidate) =>
        c.type === 'organization' &&
        (c.gaz.some((e) => e.kind === 'org') || (/\s/u.test(c.text) && suffixes.has(lastWordOf(c))));
      for (const list of lists(doc, cands)) {
        if (list.length < 3 || inCaps(doc, list[0]!.sentence)) continue;
        if (!/\band\b|&/u.test(doc.text.slice(list[list.length - 2]!.end, list[list.length - 1]!.start))) continue;
        if (!list.some(namedFirm)) continue;
        for (const c of list) {
          const words = c.text.split(/\s+/u);
          if (c.type === 'organization' || c.sure || c.media || c.venue || c.gaz.length || words.length > 2) continue;
          if (placeHeads!.has(lastWordOf(c)) || venueHeads!.has(lastWordOf(c))) continue;
          if (c.type === 'person' && (given.has(words[0]!.toLowerCase()) || surnames.has(c.text.toLowerCase())))
            continue;
          const others = list.filter((o) => o !== c);
          const bodies = others.filter((o) => o.type === 'organization').length;
          if (bodies * 2 < others.length) continue;
          retype(c, 'organization', id);
          c.roles = [];
        }
      }
    },
  ),
  rule(
    'portfolio-before-office-title',
    '"Interior Minister Anna Berg", "Agriculture Secretary Tom Ward": a portfolio word (entities.portfolioWords) written alone right before "minister" or "secretary" names no body, so the tagger\'s one-word organisation or place there is dropped. Not a name the gazetteer knows, nor a portfolio of more words ("Foreign Office Minister")',
    (doc, cands) => {
      const portfolios = doc.res.words.set('entities.portfolioWords');
      remove(
        cands,
        (c) =>
          c.type !== 'person' &&
          !c.gaz.length &&
          !c.media &&
          portfolios.has(c.text.toLowerCase()) &&
          /^[ \t]+(?:[Mm]inister|[Ss]ecretary|MINISTER|SECRETARY)\b/u.test(doc.text.slice(c.end, c.end + 12)),
      );
    },
  ),
  rule(
    'partner-firm-name',
    '"Goldman, Sachs and Co.", "Harrow, Pelling & Lusk", "a fund manager at Tarrant, Quillby and Fenn": law, accounting and investment firms are named after their partners, surnames joined by commas and "and" or "&", and the tagger reads each surname as a person or a place of its own. Such a run of one-word capitalised names is one organisation where a company suffix closes it (mentions.companySuffixes: "and Co."), where "&" joins its last name, or where three names or more follow "at" (where one works). Not where a name is a country, a region or a city of 100,000 people or more ("Trinidad & Tobago"), where the first is a given name ("Anna and Boris"), where every name is a word of English ("Research & Development"), after a noun of a creative work ("the film Secrets & Lies": a title), where a name is a word of a person the article names in full (two people), in a sentence in capitals, nor in sports copy (line-ups list surnames)',
    (doc, cands, id) => {
      if (sportCopy(doc)) return;
      const w = doc.res.words;
      const suffixes = w.set('mentions.companySuffixes');
      const english = englishWordOf(doc);
      const given = doc.res.names.givenNames;
      const places = doc.res.gazetteer.placesByName;
      const run = w.memo(
        'body-name-rules.partnerRun',
        () =>
          /(?<!\p{Lu}[\p{L}'’.-]*[ \t]+)(?<![\p{L}\p{N}'’.&-])(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:,[ \t]+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)*),?[ \t]+(and|&)[ \t]+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?:[ \t]+(\p{Lu}\p{L}*\.?))?(?![\p{L}\p{N}'’-])/gu,
      );
      // a city of this size or more is a place in a list, not a partner's surname
      const bigPlace = (l: string) =>
        (places.get(l) ?? []).some(
          (e) => e.kind === 'country' || e.kind === 'region' || (e.kind === 'city' && e.population >= 100_000),
        );
      const titled = afterWorkNoun(doc);
      const personWords = new Set(
        cands
          .filter((c) => c.type === 'person' && /\s/u.test(c.text.trim()))
          .flatMap((c) =>
            c.text
              .replace(/['’]s$/u, '')
              .toLowerCase()
              .split(/\s+/u),
          ),
      );
      for (const m of eachMatch(run, doc.text)) {
        const joint = m[2]!;
        const tail = m[4];
        // "Goldman, Sachs and Co": the suffix is the last word joined
        const closedBySuffix = suffixes.has(m[3]!.toLowerCase());
        const names = [...m[1]!.split(/,[ \t]+/u), ...(closedBySuffix ? [] : [m[3]!])];
        const suffix = closedBySuffix || (!!tail && suffixes.has(tail.replace(/\.$/u, '').toLowerCase()));
        const start = m.index;
        let end = start + m[0].length;
        // a capitalised word after the run that is no suffix is no part of it ("Fenn Capital" is the next name's)
        if (tail && (closedBySuffix || !suffixes.has(tail.replace(/\.$/u, '').toLowerCase())))
          end = start + m[0].slice(0, m[0].length - tail.length).trimEnd().length;
        const atWork = /(?:^|[^\p{L}])at[ \t]+$/u.test(doc.text.slice(Math.max(0, start - 4), start));
        if (names.length < 2 && !closedBySuffix) continue;
        if (!suffix && joint !== '&' && !(names.length >= 3 && atWork)) continue;
        const lower = names.map((n) => n.toLowerCase());
        if (given.has(lower[0]!) || lower.every((n) => english(n)) || lower.some(bigPlace)) continue;
        if (lower.some((n) => personWords.has(n)) || titled(start)) continue;
        const r = { start, end };
        if (inCaps(doc, sentenceAt(doc.sentences, start))) continue;
        const over = cands.filter((o) => overlaps(o, r));
        if (over.some((o) => o.start < r.start || o.end > r.end || o.sure || o.media)) continue;
        remove(cands, (o) => over.includes(o));
        cands.push(ruleCandidate(doc, 'organization', r.start, r.end, id));
      }
    },
  ),
  rule(
    'country-name-opens-body',
    '"the Cyprus Grain Commission", "the U.S. Defense Logistics Agency", "Nigeria Atomic Energy Commission": a body of a country, region or city is named with that place\'s name written as a noun before its own words, and the tagger may cut the place off as a place of its own, leaving a body with no home and a place that is only part of a name. A place the gazetteer knows as a country, region or city, written right before a body (one space between) whose last word is a head word of bodies (mentions.orgHeads) or a company suffix, is the first word of that body\'s name: one organisation. Not a nationality word ("the Turkish Weightlifting Federation", where usage writes the adjective apart from the name), not a place after a preposition of place ("talks in Cyprus Grain ..."), a possessive or a body the gazetteer knows ("Federal Reserve" stays the one node it is), nor in a sentence in capitals',
    (doc, cands, id) => {
      const heads = doc.res.words.set('mentions.orgHeads');
      const suffixes = doc.res.words.set('mentions.companySuffixes');
      const places = doc.res.gazetteer.placesByName;
      const orgs = doc.res.gazetteer.orgsByName;
      const placeOfPrep = new RegExp(
        `(?:^|[^\\p{L}])(?:${doc.res.words.alt('incident-cues.strictLocatives')})[ \\t]+$`,
        'iu',
      );
      for (const body of cands.slice()) {
        if (body.type !== 'organization' || body.media || body.sure || inCaps(doc, body.sentence)) continue;
        const last = body.text.split(/\s+/u).pop()!.replace(/\.$/u, '').toLowerCase();
        if (!heads.has(last) && !suffixes.has(last)) continue;
        if (orgs.has(body.text.toLowerCase()) || body.gaz.some((e) => e.kind === 'org')) continue;
        const place = cands.find((c) => c.end === body.start - 1 && c.type === 'place');
        if (!place || place.sure || place.media || place.venue || doc.text[place.end] !== ' ') continue;
        if (/['’]s?$/u.test(place.text)) continue;
        const kinds = places.get(place.text.toLowerCase()) ?? [];
        if (!kinds.some((e) => e.kind === 'country' || e.kind === 'region' || e.kind === 'city')) continue;
        if (placeOfPrep.test(doc.text.slice(Math.max(0, place.start - 12), place.start))) continue;
        remove(cands, (c) => c === place);
        respan(doc, body, place.start, body.end, id);
        body.gaz = [];
      }
    },
  ),
];

/** Runs the rules of this file that are on over an article's candidates, after the name-repair rules. */
export function applyBodyNameRules(doc: Doc, cands: Candidate[]): void {
  for (const r of BODY_NAME_RULES) if (isOn(doc.res.rules, r)) r.run(doc, cands);
  cands.sort((a, b) => a.start - b.start);
}
