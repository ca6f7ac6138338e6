// Builds data/lexicons/english.json: English words that are never names, from the lexicon of the npm package
// compromise (MIT; a dependency already): the forms it lists only as a verb in the past or present tense, a modal, an
// adverb, a preposition, a conjunction, a determiner or a pronoun ("got", "plunges", "also", "but"). Text in capitals
// hides them among the names; this list tells them apart. Dev time only; run again when compromise changes. Words the
// tags leave out that are still never names are added from data/lexicons/english-additions.json, each with its reason.
// Also the list commonWords: the stems that the SCOWL-derived Hunspell spelling dictionaries of American and British
// English (npm packages dictionary-en and dictionary-en-gb, MIT AND BSD) list in lower case only, never capitalised
// ("siege", "prize", "zoo"; not "van", which they also list as "Van"): in text in capitals, where case no longer tells
// a name from a word, they tell which words ordinary English writes small (rule entities/caps-common-word); and the
// list wordsAlsoNames: the stems they list both ways ("nice" and "Nice"), which text without capitals cannot tell
// from the name (rule mentions/lower-case-gazetteer-place). The
// dictionaries are no dependency of the project: install them anywhere and give the folder that holds them.
// usage: node scripts/build-english-words.mjs --dictionaries DIR   (DIR/dictionary-en/index.dic, DIR/dictionary-en-gb/index.dic;
//          e.g. `npm install --prefix /tmp/dicts dictionary-en@4.0.0 dictionary-en-gb@3.0.0`, DIR /tmp/dicts/node_modules)
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
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
// words compromise's tags leave out that are still never names, each with its reason (data/lexicons/english-additions.json)
const additions = JSON.parse(readFileSync(new URL('../data/lexicons/english-additions.json', import.meta.url), 'utf8'));
const words = [
  ...new Set([
    ...Object.entries(lexicon)
      .filter(([w, t]) => /^[a-z]+$/.test(w) && tags(t).every((x) => KEEP.has(x)))
      .map(([w]) => w),
    ...additions.verbAndFunctionWords.map((a) => a.word),
  ]),
].sort();
const dirArg = process.argv.indexOf('--dictionaries');
if (dirArg < 0 || !process.argv[dirArg + 1]) {
  console.error(
    'usage: node scripts/build-english-words.mjs --dictionaries DIR (the folder holding dictionary-en and dictionary-en-gb)',
  );
  process.exit(2);
}
const dictDir = process.argv[dirArg + 1];
const stems = ['dictionary-en', 'dictionary-en-gb'].flatMap((pkg) =>
  readFileSync(join(dictDir, pkg, 'index.dic'), 'utf8')
    .split('\n')
    .slice(1)
    .map((line) => line.split('/')[0].trim())
    .filter(Boolean),
);
const capitalised = new Set(stems.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.toLowerCase()));
const commonWords = [...new Set(stems.filter((w) => /^[a-z]{3,}$/.test(w) && !capitalised.has(w)))].sort();
const wordsAlsoNames = [...new Set(stems.filter((w) => /^[a-z]{3,}$/.test(w) && capitalised.has(w)))].sort();
const out = {
  description: `English words that are never names, from the lexicon of compromise ${nlp.version} (MIT). Built by scripts/build-english-words.mjs; do not edit by hand.`,
  lists: {
    verbAndFunctionWords: {
      about:
        'Verb forms (past and present tense, modals, participles) and function words (adverbs, prepositions, conjunctions, determiners, pronouns) that compromise lists with no noun, adjective or name reading: in capitals such a word after a name ends it ("KARLSRUHE WON", "PETOFI BUT").',
      words,
    },
    commonWords: {
      about:
        'Stems (three letters or more) that the Hunspell spelling dictionaries of American and British English derived from SCOWL (npm dictionary-en 4, dictionary-en-gb 3; MIT AND BSD) list in lower case only: words ordinary English writes small. In text in capitals, where case no longer tells a name from a word, such a word alone is no name unless something else backs it (rule entities/caps-common-word: "STATE OF SIEGE", "NOBEL PEACE PRIZE WINNER").',
      words: commonWords,
    },
    wordsAlsoNames: {
      about:
        'Stems (three letters or more) that the same dictionaries list both in lower case and capitalised: words that are also names ("nice" and Nice, "reading" and Reading, "turkey" and Turkey). In text with no capitals a place of such a name cannot be told from the word, so it is not read as a place there (rule mentions/lower-case-gazetteer-place).',
      words: wordsAlsoNames,
    },
  },
};
writeFileSync(new URL('../data/lexicons/english.json', import.meta.url), JSON.stringify(out, null, 1) + '\n');
console.log(`${words.length} verb and function words, ${commonWords.length} common words`);
