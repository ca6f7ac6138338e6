// Rules for names that name a thing, not a person, body or place (issue 11: junk nodes on unseen news): the make or
// model of a vehicle or weapon ("Uzi and Galil automatic weapons"), an illness named after a person ("Parkinson's
// disease"). Each is a named unit with its reason, switched off by id with KG_DISABLE_RULES; they run after the table
// rules. The words they need are lists in data/lexicons/entities.json.
import type { Doc } from './document.js';
import type { Candidate } from './mentions.js';
import { isOn } from '../rules/index.js';
import { type EntityRule, remove, rule } from './entity-rules.js';

/** one capitalised word of a list of makes: "Dodge", "Land-Rover", "AK-47" */
const LISTED_NAME = String.raw`\p{Lu}[\p{L}\p{N}'’-]*`;
/** one descriptor between a make and its noun: a lower-case word ("automatic", "space") or a model code ("V-6", "F16") */
const DESCRIPTOR = String.raw`(?:\p{Ll}[\p{L}-]*|\p{Lu}{1,3}-?\d[\p{L}\p{N}-]*)`;

/** Whether a name is one the lexicons know as a place or a body (a known maker: "Toyota trucks", "Iran's missiles"). */
function knownName(doc: Doc, c: Candidate): boolean {
  const lower = c.text.toLowerCase();
  return c.gaz.length > 0 || doc.res.gazetteer.placesByName.has(lower) || doc.res.gazetteer.orgsByName.has(lower);
}

export const THING_NAME_RULES: readonly EntityRule[] = [
  rule(
    'name-before-product-noun',
    '"the Topol missiles", "Uzi and Galil automatic weapons", "Jeep and Dodge vehicles", "the Huygens space probe": a name written right before a lower-case noun of a made thing (entities.productNouns), after at most one descriptor ("automatic", "V-6") or as one of a list of capitalised names that ends before it, names the make or model, not a person, body or place. A name the lexicons know stays ("Toyota trucks", "NATO helicopters": the maker or the force that flies them), and so do an outlet, a possessive ("Magna\'s car"), a name a title backs, and a name the article also writes as a person ("the Obama drone strikes" beside "Barack Obama")',
    (doc, cands) => {
      const after = doc.res.words.memo(
        'entities.productNouns.re',
        () =>
          new RegExp(
            String.raw`^(?:(?:,[ \t]+|,?[ \t]+(?:and|or)[ \t]+)${LISTED_NAME})*[ \t]+(?:${DESCRIPTOR}[ \t]+)?(?:${doc.res.words.alt('entities.productNouns')})(?![\p{L}\p{N}-])`,
            'u',
          ),
      );
      const wordsOf = (c: Candidate) => c.text.replace(/['’]s$/u, '').split(/\s+/u);
      remove(cands, (c) => {
        if (c.media || c.sure || c.venue || /['’]s?$/u.test(c.text) || knownName(doc, c)) return false;
        if (!after.test(doc.text.slice(c.end, c.end + 80))) return false;
        // the same words written elsewhere as a person: a person's name used as a modifier, not a make
        const words = wordsOf(c);
        return !cands.some((o) => o !== c && o.type === 'person' && wordsOf(o).some((w) => words.includes(w)));
      });
    },
  ),
  rule(
    'eponymous-condition',
    '"Parkinson\'s disease", "Down\'s syndrome", "Lou Gehrig\'s disease": a name written before "\'s" and a noun of an illness (entities.conditionNounsAfterName) names the illness, not a person or a place; a name a title backs stays ("Dr Marsh\'s syndrome research" is rare, "Dr Marsh" is a person)',
    (doc, cands) => {
      const after = doc.res.words.memo(
        'entities.conditionNounsAfterName.re',
        () =>
          new RegExp(String.raw`^[ \t]+(?:${doc.res.words.alt('entities.conditionNounsAfterName')})(?![\p{L}])`, 'u'),
      );
      remove(cands, (c) => {
        if (c.media || c.sure) return false;
        // the possessive inside the mention ("Parkinson's") or right after it
        const own = /['’]s$/u.test(c.text) ? '' : (/^['’]s/u.exec(doc.text.slice(c.end, c.end + 2))?.[0] ?? null);
        if (own === null) return false;
        return after.test(doc.text.slice(c.end + own.length, c.end + own.length + 24));
      });
    },
  ),
];

export function applyThingNameRules(doc: Doc, cands: Candidate[]): void {
  for (const r of THING_NAME_RULES) if (isOn(doc.res.rules, r)) r.run(doc, cands);
}
