// A sentence typed without capitals inside a cased paragraph is read in capitals on its own (rule
// mentions/sentence-without-capitals-read-in-capitals): the line's case no longer decides it. Every text here is
// written for these tests; the names are invented.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { SENTENCE_WITHOUT_CAPITALS_READ_IN_CAPITALS, sentencesWithoutCapitals } from '../../src/extract/no-capitals.js';
import { res, withoutRules } from '../helpers/resources.js';

const abbreviation = (w: string) => ['mr', 'dr', 'approx'].includes(w.toLowerCase());
const slices = (text: string) => sentencesWithoutCapitals(text, abbreviation).map((b) => text.slice(b.start, b.end));

describe('sentencesWithoutCapitals', () => {
  it('finds a run of sentences without capitals between cased ones in one line', () => {
    const text =
      'Officials in Lagos said the market reopened on Tuesday. traders said the police under inspector musa bello ' +
      'sealed the gates. they stayed shut for a week! The state governor promised compensation.';
    expect(slices(text)).toEqual([
      'traders said the police under inspector musa bello sealed the gates. they stayed shut for a week!',
    ]);
  });

  it('runs to the end of the line when no capital follows', () => {
    const text = 'The Harbour Board met on Friday. the vote on the new quay was put off until the spring.\nNext line.';
    expect(slices(text)).toEqual(['the vote on the new quay was put off until the spring.']);
  });

  it('takes no full stop of an abbreviation or of initials for the end of a sentence', () => {
    expect(slices('The blast came at 5 p.m. on the busiest street of the town, the police said.')).toEqual([]);
    expect(slices('Talks began with approx. two hundred delegates in the hall of the old palace.')).toEqual([]);
  });

  it('leaves a sentence that holds a capital before its end, and one too short to tell anything', () => {
    expect(slices('Crowds gathered at dawn. then the police chief Amos Tutu spoke to them at length.')).toEqual([]);
    expect(slices('Crowds gathered at dawn. then rain fell. The match went on.')).toEqual([]);
  });

  it('opens a stretch at the start of a line where a sentence may open, not in a wrapped sentence', () => {
    const text =
      'Brussels 1996-08-31\nthe alliance spokesman declined to comment on the reports. But an official said more.';
    expect(slices(text)).toEqual(['the alliance spokesman declined to comment on the reports.']);
    const wrapped =
      'The committee said on Monday that the rules on data held by phone companies\n' +
      'would take effect in the spring. But Parliament must vote first.';
    expect(slices(wrapped)).toEqual([]);
  });

  it('leaves lines with no capital at all to the block rule', () => {
    expect(slices('a line with no capitals. and another sentence of the same line without any.')).toEqual([]);
  });
});

describe('mentions/sentence-without-capitals-read-in-capitals', () => {
  const text =
    'A fire swept through a market in Lagos on Tuesday, the NEMA agency said. ' +
    'witnesses said inspector musa bello of the state police arrived two hours later. ' +
    'The governor visited the next day.';
  const people = (r = res) =>
    extract({ text }, r)
      .entities.filter((e) => e.type === 'person')
      .map((e) => e.name);

  it('finds the person named in the sentence without capitals, shown as names are written', () => {
    expect(people()).toContain('Musa Bello');
    const out = extract({ text }, res);
    for (const e of out.entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('switched off, the sentence is read with its cased line and gives no such person', () => {
    expect(people(withoutRules(SENTENCE_WITHOUT_CAPITALS_READ_IN_CAPITALS.id))).not.toContain('Musa Bello');
  });

  it('reads a cased paragraph as before', () => {
    const cased = 'A fire swept through a market in Lagos on Tuesday. Inspector Musa Bello arrived later.';
    const keys = (r = res) =>
      extract({ text: cased }, r)
        .entities.map((e) => e.key)
        .sort();
    expect(keys()).toEqual(keys(withoutRules(SENTENCE_WITHOUT_CAPITALS_READ_IN_CAPITALS.id)));
  });
});
