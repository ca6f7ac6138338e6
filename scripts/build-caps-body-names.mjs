// Builds the list mentions.bodyNamesInCapitals in data/lexicons/mentions.json: names of bodies ("Conservative Party",
// "Foreign Ministry", "NFL", "Federal Open Market Committee") that mixed-case news writes capitalised and tags as an
// organisation nearly every time its words stand together, counted on a CoNLL-style training file (token … TAG per
// line; e.g. the CoNLL-2003 English training split). In copy in capitals case no longer marks such a name, and the
// tagger often leaves it untagged; rule mentions/caps-known-body-name reads these words as the body there.
// A name is kept when the training file tags its words, in sentences not written in capitals, as one organisation
// at least MIN times (default 2) and at least SHARE of the times (default 0.8) the same words stand together in any
// case ("Fed" is left out: "fed" is a verb; "Stock Exchange" too: it mostly stands inside a longer name), when it has
// no more than 6 words, and when case would have told it apart: a one-word name only when mixed case writes it in
// capitals (an acronym: "BOJ", "NATO"; not a club named after its town, "Liverpool", which sports pages tag as a body
// but other news as the town), a longer one only when it holds a word that is no common word of English
// (english.commonWords, english.verbAndFunctionWords) or ends in a body's head word (mentions.orgHeads: "Liberal
// Party", "Supreme Court"), so that everyday phrases ("Gold Coast", "Dream Team") stay out.
// Only names (counts) leave the training file, never its sentences. Dev time only.
// usage: node scripts/build-caps-body-names.mjs TRAIN.conll [--min 2] [--share 0.8]
import { readFileSync, writeFileSync } from 'node:fs';
import { replaceListLine } from './lexicon-lines.mjs';
import { fileAndNumbers } from './script-args.mjs';

const { file: src, number: arg } = fileAndNumbers(
  'node scripts/build-caps-body-names.mjs TRAIN.conll [--min 2] [--share 0.8]',
);
const MIN = arg('min', 2);
const SHARE = arg('share', 0.8);
const MAX_WORDS = 6;
const english = JSON.parse(readFileSync(new URL('../data/lexicons/english.json', import.meta.url), 'utf8')).lists;
const common = new Set([...english.commonWords.words, ...english.verbAndFunctionWords.words]);
const mentionsPath = new URL('../data/lexicons/mentions.json', import.meta.url);
const heads = new Set(JSON.parse(readFileSync(mentionsPath, 'utf8')).lists.orgHeads.words);

/** The training file's sentences: words and tags. */
function sentences(file) {
  const out = [];
  let cur = [];
  const flush = () => {
    if (cur.length) out.push(cur);
    cur = [];
  };
  for (const raw of readFileSync(file, 'utf8').split('\n')) {
    const parts = raw.trim().split(/\s+/);
    if (parts.length < 2 || parts[0] === '-DOCSTART-') {
      flush();
      continue;
    }
    cur.push({ word: parts[0], tag: parts[parts.length - 1] });
  }
  flush();
  return out;
}

const inCapitals = (s) => !s.some((t) => /\p{Ll}/u.test(t.word));
const key = (ws) => ws.map((w) => w.toLowerCase()).join(' ');
const asOrg = new Map();
/** One-word names the training file writes in capitals in a mixed-case sentence (acronyms). */
const acronyms = new Set();
const sents = sentences(src).filter((s) => !inCapitals(s));
for (const s of sents) {
  for (let i = 0; i < s.length; i++) {
    if (!s[i].tag.endsWith('-ORG') || (s[i].tag.startsWith('I-') && i > 0 && s[i - 1].tag.endsWith('-ORG'))) continue;
    let e = i + 1;
    while (e < s.length && s[e].tag === 'I-ORG') e++;
    const ws = s.slice(i, e).map((t) => t.word);
    if (ws.length <= MAX_WORDS && ws.every((w) => /^\p{Lu}/u.test(w) || /^[&.'-]$/.test(w) || /^\p{N}/u.test(w))) {
      asOrg.set(key(ws), (asOrg.get(key(ws)) ?? 0) + 1);
      if (ws.length === 1 && /^\p{Lu}[\p{Lu}\p{N}&.-]*\p{Lu}$/u.test(ws[0])) acronyms.add(key(ws));
    }
  }
}
const wanted = new Set([...asOrg].filter(([, n]) => n >= MIN).map(([k]) => k));
// how often the same words stand together anywhere, in any case and under any tags
const together = new Map();
for (const s of sents) {
  const ls = s.map((t) => t.word.toLowerCase());
  for (let i = 0; i < ls.length; i++)
    for (let n = 1; n <= MAX_WORDS && i + n <= ls.length; n++) {
      const k = ls.slice(i, i + n).join(' ');
      if (wanted.has(k)) together.set(k, (together.get(k) ?? 0) + 1);
    }
}
const words = [...wanted]
  .filter((k) => asOrg.get(k) >= SHARE * together.get(k))
  .filter((k) => {
    const ws = k.split(' ');
    return ws.length === 1 ? acronyms.has(k) : ws.some((w) => !common.has(w)) || heads.has(ws[ws.length - 1]);
  })
  .filter((k) => /\p{L}{2}/u.test(k))
  .sort();
const text = replaceListLine(readFileSync(mentionsPath, 'utf8'), 'bodyNamesInCapitals', {
  about: `Names of bodies (lower case, words separated by spaces as the tokenizer splits them) that mixed-case news writes capitalised and tags as one organisation at least ${MIN} times and at least ${SHARE} of the times the same words stand together (a one-word name only when mixed case writes it in capitals, a longer one only when it holds a word that is no common word of English or ends in a body's head word): counted on the CoNLL-2003 English training split, outside its sentences in capitals. Built by scripts/build-caps-body-names.mjs; do not edit by hand. In copy in capitals, where case no longer marks them, such words the tagger left untagged are the body (rule mentions/caps-known-body-name).`,
  words,
});
JSON.parse(text);
writeFileSync(mentionsPath, text);
console.log(`${words.length} body names`);
