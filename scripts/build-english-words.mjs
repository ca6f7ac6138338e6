// Builds data/lexicons/english.json: English words that are never names, from the lexicon of the npm package
// compromise (MIT; a dependency already): the forms it lists only as a verb in the past or present tense, a modal, an
// adverb, a preposition, a conjunction, a determiner or a pronoun ("got", "plunges", "also", "but"). Text in capitals
// hides them among the names; this list tells them apart. Dev time only; run again when compromise changes.
// usage: node scripts/build-english-words.mjs
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const nlp = require('compromise');
/** @type {Record<string, string | string[]>} */
const lexicon = /** @type {any} */ (nlp.world()).model.one.lexicon;
const KEEP = new Set([
  'PastTense',
  'PresentTense',
  'Modal',
  'Adverb',
  'Preposition',
  'Conjunction',
  'Determiner',
  'Pronoun',
  'Copula',
  'Auxiliary',
  'PhrasalVerb',
  'Participle',
  'QuestionWord',
  'Negative',
]);
const tags = (t) => (Array.isArray(t) ? t : String(t).split(','));
const words = Object.entries(lexicon)
  .filter(([w, t]) => /^[a-z]+$/.test(w) && tags(t).every((x) => KEEP.has(x)))
  .map(([w]) => w)
  .sort();
const out = {
  description: `English words that are never names, from the lexicon of compromise ${nlp.version} (MIT). Built by scripts/build-english-words.mjs; do not edit by hand.`,
  lists: {
    verbAndFunctionWords: {
      about:
        'Verb forms (past and present tense, modals, participles) and function words (adverbs, prepositions, conjunctions, determiners, pronouns) that compromise lists with no noun, adjective or name reading: in capitals such a word after a name ends it ("KARLSRUHE WON", "PETOFI BUT").',
      words,
    },
  },
};
writeFileSync(new URL('../data/lexicons/english.json', import.meta.url), JSON.stringify(out, null, 1) + '\n');
console.log(`${words.length} words`);
