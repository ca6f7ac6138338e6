// Text in capitals (old wire copy) and text with no capitals at all (a post typed on a phone): names shown as names
// are written (rule display/case-restored-name), places the gazetteer knows found in lower case
// (rule mentions/lower-case-gazetteer-place), sentences cut at full stops. Every text here is written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { caseForms, restoreCase } from '../../src/extract/display-case.js';
import { makeDoc, splitSentences } from '../../src/extract/document.js';
import type { IncidentEntity } from '../../src/extract/types.js';
import { res } from '../helpers/resources.js';

const wire =
  'TEGUCIGALPA, 4 APR 90 (RADIO AMERICA) -- [TEXT] NATIONAL POLICE SPOKESMAN RAMIRO DE LA TORRE SAID TODAY THAT ' +
  "UNIDENTIFIED GUNMEN KILLED FARMER ESTEBAN O'NEILL NEAR SAN ISIDRO. THE FMLN DENIED ANY PART IN IT.";

const named = (text: string) => extract({ text }, res).entities.filter((e) => e.type !== 'incident');
const incidents = (text: string) =>
  extract({ text }, res).entities.filter((e): e is IncidentEntity => e.type === 'incident');

describe('display/case-restored-name: an article in capitals', () => {
  it('shows people and bodies as names are written, with small particles and acronyms kept', () => {
    const names = named(wire).map((e) => e.name);
    expect(names).toContain('Ramiro de la Torre');
    expect(names).toContain('FMLN');
    expect(names.filter((n) => n.length > 4 && n === n.toUpperCase())).toEqual([]);
  });

  it('keeps the text as written in the mentions and the name in capitals as an alias', () => {
    const p = named(wire).find((e) => e.name === 'Ramiro de la Torre')!;
    expect(p.mentions.map((m) => m.text)).toContain('RAMIRO DE LA TORRE');
    expect(p.aliases).toContain('RAMIRO DE LA TORRE');
    expect(p.type === 'person' && p.roles).toEqual(['spokesman']);
  });

  it('keys the same nodes as the mixed-case telling: no node splits or merges', () => {
    const mixed =
      'Tegucigalpa, 4 Apr 90 (Radio America) -- [Text] National Police spokesman Ramiro de la Torre said today that ' +
      "unidentified gunmen killed farmer Esteban O'Neill near San Isidro. The FMLN denied any part in it.";
    const keysOf = (text: string) =>
      named(text)
        .filter((e) => e.type === 'person')
        .map((e) => e.key)
        .sort();
    expect(keysOf(wire)).toEqual(keysOf(mixed));
  });

  it('writes described participants as phrases, small', () => {
    const names = incidents(wire).flatMap((i) => i.participants.filter((p) => p.described).map((p) => p.name));
    expect(names).toContain('unidentified gunmen');
    expect(incidents(wire).every((i) => !/[A-Z]{4}/.test(i.name))).toBe(true);
  });

  it('leaves an acronym written in capitals in a mixed-case sentence alone', () => {
    const text = 'The NATO mission said on Monday that its base near Kunduz had been shelled by the Taliban.';
    expect(named(text).map((e) => e.name)).toContain('NATO');
  });

  it('writes a word in capitals as the article writes it in mixed case elsewhere', () => {
    const text =
      'GUNMEN KILL MAYOR OF VILLARICA\nGunmen shot dead the mayor of Villarica, Hector McAllister, on Sunday. ' +
      'McAllister had received threats.';
    const doc = makeDoc({ text }, res);
    expect(restoreCase(caseForms(doc), 'HECTOR MCALLISTER', 'name')).toBe('Hector McAllister');
    expect(restoreCase(caseForms(doc), 'XI JINPING II', 'name')).toBe('Xi Jinping II');
    expect(restoreCase(caseForms(doc), "ESTEBAN O'NEILL'S", 'name')).toBe("Esteban O'Neill's");
    expect(restoreCase(caseForms(doc), 'TWO BODYGUARDS OF THE FMLN', 'phrase')).toBe('two bodyguards of the FMLN');
    // a body's one-word name that is no word of English nor a given name is its acronym
    expect(restoreCase(caseForms(doc), 'ANEP', 'body')).toBe('ANEP');
    expect(restoreCase(caseForms(doc), 'ANEP', 'name')).toBe('Anep');
    expect(restoreCase(caseForms(doc), 'PABLO', 'body')).toBe('Pablo');
  });
});

describe('mentions/lower-case-gazetteer-place: a text without capitals', () => {
  const post =
    'blast near the old bazaar in peshawar, 4 dead, police say. roads closed between islamabad and rawalpindi. ' +
    'nice people in reading said the mobile team split up after the bath fair. flights from turkey were late.';

  it('finds the places that are no word of English, and names them as they are written', () => {
    const places = named(post).filter((e) => e.type === 'place');
    expect(places.map((e) => e.name)).toEqual(expect.arrayContaining(['Peshawar', 'Islamabad', 'Rawalpindi']));
    expect(places.find((e) => e.name === 'Peshawar')).toMatchObject({ country: 'PK' });
    expect(places.find((e) => e.name === 'Peshawar')?.mentions[0]?.text).toBe('peshawar');
  });

  it('reads no word that is also a name as a place ("nice", "reading", "mobile", "split", "bath", "turkey")', () => {
    const names = named(post).map((e) => e.name.toLowerCase());
    for (const w of ['nice', 'reading', 'mobile', 'split', 'bath', 'turkey']) expect(names).not.toContain(w);
  });

  it('places its incident and cuts sentences at full stops', () => {
    expect(incidents(post)[0]?.place).toBe('Peshawar');
    const text = 'one thing happened. then another. and a third one here too, all in lower case letters.';
    expect(splitSentences(res.words, text)).toHaveLength(3);
    // mixed-case text still carries a sentence on after "p.m." and a small word
    expect(splitSentences(res.words, 'They met at 5 p.m. on Friday. Then they left.')).toHaveLength(2);
  });

  it('leaves lower-case words in mixed-case text alone', () => {
    const text = 'The wires said a blast hit a market in kabul on Monday, but Officials in Kabul denied it.';
    expect(named(text).flatMap((e) => e.mentions.map((m) => m.text))).not.toContain('kabul');
  });
});
