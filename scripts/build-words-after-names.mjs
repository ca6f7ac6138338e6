// Builds the list mentions.smallWordsAfterNames in data/lexicons/mentions.json: the common nouns (and their plurals)
// that mixed-case news writes small right after a name ("the Berlin stadium", "Singapore dealers", "Xinhua news
// agency"), counted on a CoNLL-style training file (token … TAG per line; e.g. the CoNLL-2003 English training
// split). A word is kept when it follows the end of a name written small at least MIN times (default once: at two,
// nouns such as "sanctions", "insurgents", "decision" were left out, and CoNLL and GMB dev in capitals each gained
// 0.001-0.002 strict F1 at one, mixed case unchanged) and more than RATIO times as often as it is written capitalised
// inside a name ("Exchange", "Bulls" are kept out), and when the
// spelling dictionaries write it small (english.commonWords, its stem for a plural). In text in capitals, where case
// no longer shows where a name ends, these words end it (rule mentions/caps-name-ends-before-common-noun).
// Only counts leave the training file, never its sentences. Dev time only.
// usage: node scripts/build-words-after-names.mjs TRAIN.conll [--min 1] [--ratio 3] [--in-name 2]
import { readFileSync, writeFileSync } from 'node:fs';
import { replaceListLine } from './lexicon-lines.mjs';
import { fileAndNumbers } from './script-args.mjs';

const { file: src, number: arg } = fileAndNumbers(
  'node scripts/build-words-after-names.mjs TRAIN.conll [--min 1] [--ratio 3]',
);
const MIN = arg('min', 1);
const RATIO = arg('ratio', 3);
const englishPath = new URL('../data/lexicons/english.json', import.meta.url);
const mentionsPath = new URL('../data/lexicons/mentions.json', import.meta.url);
const common = new Set(JSON.parse(readFileSync(englishPath, 'utf8')).lists.commonWords.words);

/** The singulars a plural may stand for (as pluralStems in src/extract/span-rules.ts). */
const stems = (l) =>
  l.length < 4 || !l.endsWith('s') || l.endsWith('ss')
    ? []
    : l.endsWith('ies')
      ? [l.slice(0, -3) + 'y']
      : l.endsWith('es')
        ? [l.slice(0, -1), l.slice(0, -2)]
        : [l.slice(0, -1)];

const small = new Map();
const inName = new Map();
let prev = 'O';
for (const raw of readFileSync(src, 'utf8').split('\n')) {
  const parts = raw.trim().split(/\s+/);
  if (parts.length < 2 || parts[0] === '-DOCSTART-') {
    prev = 'O';
    continue;
  }
  const word = parts[0];
  const tag = parts[parts.length - 1];
  const l = word.toLowerCase();
  if (prev !== 'O' && tag === 'O' && /^[a-z]+$/.test(word)) small.set(l, (small.get(l) ?? 0) + 1);
  if (tag.startsWith('I-') && /^[A-Z][a-z]+$/.test(word)) inName.set(l, (inName.get(l) ?? 0) + 1);
  prev = tag;
}
const words = [...small]
  .filter(([l, n]) => n >= MIN && n > RATIO * (inName.get(l) ?? 0))
  .filter(([l]) => common.has(l) || stems(l).some((s) => common.has(s)))
  .map(([l]) => l)
  .sort();
// the other side: common words news writes capitalised inside names at least IN_NAME times and at least a
// RATIO-th as often as small after one ("Newsroom", "Stock", "Exchange", "Open"): in capitals such a word after a
// name may be a word of it
const IN_NAME = arg('in-name', 2);
const inNames = [...inName]
  .filter(([l, n]) => n >= IN_NAME && RATIO * n >= (small.get(l) ?? 0))
  .filter(([l]) => common.has(l) || stems(l).some((s) => common.has(s)))
  .map(([l]) => l)
  .sort();
// mentions.json is laid out by hand, one list a line at its end
let text = readFileSync(mentionsPath, 'utf8');
const lists = {
  smallWordsAfterNames: {
    about: `Common nouns and their plurals (english.commonWords) that mixed-case news writes small right after a name ("the Berlin stadium", "Singapore dealers"): counted on the CoNLL-2003 English training split, kept when seen so at least ${MIN} times and more than ${RATIO} times as often as written capitalised inside a name. Built by scripts/build-words-after-names.mjs; do not edit by hand. In text in capitals such a word ends a name (rule mentions/caps-name-ends-before-common-noun).`,
    words,
  },
  commonWordsInNames: {
    about: `Common words and their plurals (english.commonWords) that mixed-case news writes capitalised inside a name ("Stock Exchange", "Hong Kong Open", "London Newsroom"): counted on the CoNLL-2003 English training split, kept when seen so at least ${IN_NAME} times and at least a ${RATIO}th as often as written small right after a name. Built by scripts/build-words-after-names.mjs; do not edit by hand. In text in capitals such a word after a name the article writes alone may still be a word of the name (rule entities/caps-known-name-runs-on).`,
    words: inNames,
  },
};
for (const [name, list] of Object.entries(lists)) text = replaceListLine(text, name, list);
JSON.parse(text);
writeFileSync(mentionsPath, text);
console.log(`${words.length} words small after names, ${inNames.length} common words in names`);
