// Knowledge is data: a list of words written in code (an array or set of them, or a regular-expression
// alternation of them) belongs in data/lexicons/ (read through loadResources) or in data/ontology.json.
// The detector below finds such lists in src/; ALLOWED names each list still in code and why.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return name === 'node_modules' || name === 'dist' ? [] : tsFiles(p);
    return p.endsWith('.ts') ? [p] : [];
  });
}

/** A plain word of three letters or more, lower case or capitalised, optionally two or three of them ("last night"). */
const WORD = /^[A-Za-z][a-z]{2,}(?:[ -][a-z]+){0,2}$/;
/** Lists shorter than this are grammar inside a pattern ("the|a|an", "in|at|on"), not vocabulary. */
const MIN_WORDS = 4;

export interface WordList {
  line: number;
  /** the words found, in order */
  words: string[];
}

/** Arrays (and sets) of string literals, and regular-expression alternations, with at least MIN_WORDS plain words. */
export function wordListsIn(source: string): WordList[] {
  // comments describe lists ("matches a|b|c"); they are not lists
  const code = source.replace(/^[ \t]*(?:\/\/|\/?\*).*$/gm, '');
  const lineOf = (i: number) => code.slice(0, i).split('\n').length;
  const found: WordList[] = [];
  for (const m of code.matchAll(/\[([^[\]]*)\]/g)) {
    const literals = [...m[1]!.matchAll(/'([^'\\\n]*)'|"([^"\\\n]*)"/g)].map((x) => x[1] ?? x[2] ?? '');
    const words = literals.filter((s) => WORD.test(s));
    if (words.length >= MIN_WORDS) found.push({ line: lineOf(m.index), words });
  }
  // "a|b|c|d" with no spaces around the bars (a TypeScript union "A | B" has them)
  const piece = String.raw`[A-Za-z](?:[A-Za-z -]*[A-Za-z])?`;
  for (const m of code.matchAll(
    new RegExp(String.raw`(?<![A-Za-z])(?:${piece}\|){${MIN_WORDS - 1},}${piece}(?![A-Za-z])`, 'g'),
  )) {
    const words = m[0].split('|').filter((s) => WORD.test(s));
    if (words.length >= MIN_WORDS) found.push({ line: lineOf(m.index), words });
  }
  return found;
}

/**
 * Lists allowed in code, by file and first word, with the reason: only what is not vocabulary of news writing, the
 * names of a format or of the project's own contract (HTML elements, API and graph enums, configuration keys).
 */
const ALLOWED: Record<string, Record<string, string>> = {
  'src/api/contract.ts': {
    entities: 'the API contract: the sections of a response',
    country: 'the API contract: how precise a place is',
  },
  'src/graph/queries/whats-new.ts': { entities: 'the API contract: the sections of a response' },
  'src/graph/model.ts': { Article: 'graph labels: the fixed label list Cypher is built from' },
  'src/graph/queries/mappers.ts': { key: 'property names of a graph node' },
  'src/graph/judgements.ts': { merge: 'the judgement actions of the API contract' },
  'src/ontology/index.ts': { person: 'the ontology module itself: entity types' },
  'src/extract/incident-lexicon.ts': { event: 'the trigger classes of incident-triggers.json, a schema enum' },
  'src/extract/word-lists.ts': { honorifics: 'names of lists (WORD_LISTS), not words', determiners: 'names of lists' },
  'src/extract/html-entities.ts': { acute: 'HTML character-entity names: the markup format' },
  'src/extract/input-guard.ts': { div: 'HTML element names: the markup format' },
  'src/sources/html-text.ts': {
    script: 'HTML element names: the markup format',
    div: 'HTML element names: the markup format',
    datepublished: 'HTML meta names that carry a publication date: the markup format',
  },
  'src/sources/walk.ts': { readme: 'file names that are never articles (README, LICENSE): repository conventions' },
  'src/ingest/queue/redis-local.ts': { 'protected-mode yes': 'Redis configuration directives' },
  'src/dedup/direction.ts': { 'published-time': 'rule ids of the copy-direction rules' },
  'src/extract/casualties.ts': { killed: 'the casualty field each rule fills (killed/injured), not words matched' },
  'src/dedup/synthetic.ts': {
    '*': 'the words of generated benchmark articles (bench:duplicates), not vocabulary the extractor reads',
  },
};

describe('vocabulary in code', () => {
  it('no word list is written in src/ outside the allowed ones', () => {
    const offenders: string[] = [];
    const unused = new Set(
      Object.entries(ALLOWED).flatMap(([f, lists]) => Object.keys(lists).map((w) => `${f}: ${w}`)),
    );
    for (const file of tsFiles(join(root, 'src'))) {
      const rel = relative(root, file);
      const allowed = ALLOWED[rel] ?? {};
      for (const list of wordListsIn(readFileSync(file, 'utf8'))) {
        const key = allowed['*'] ? '*' : list.words[0]!;
        if (allowed[key]) unused.delete(`${rel}: ${key}`);
        else offenders.push(`${rel}:${list.line}: ${list.words.slice(0, 6).join(', ')}…`);
      }
    }
    expect(offenders).toEqual([]);
    // an allowance that matches nothing any more is to be removed, so the list only shrinks
    expect([...unused].filter((u) => !u.endsWith(': *'))).toEqual([]);
  });

  it('the detector finds a word list as an array, a set or an alternation, and not grammar or unions', () => {
    expect(wordListsIn("const KIN = new Set(['brother', 'sister', 'son', 'daughter']);")).toHaveLength(1);
    expect(wordListsIn('const RE = /\\b(?:brother|sister|son|daughter)\\b/i;')).toHaveLength(1);
    expect(wordListsIn('const RE = new RegExp(`^(?:based|operating|active|headquartered)\\\\s+in`);')).toHaveLength(1);
    expect(wordListsIn('const RE = /^(?:the|a|an|its)\\s+/;')).toEqual([]);
    expect(wordListsIn('type T = string | number | boolean | null;')).toEqual([]);
    expect(wordListsIn("const PAIR = ['north', 'south'];")).toEqual([]);
    expect(wordListsIn('// matches brother|sister|son|daughter')).toEqual([]);
  });
});
