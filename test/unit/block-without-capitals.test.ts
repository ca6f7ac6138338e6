// A stretch of lines typed without capitals inside cased text is read in capitals on its own (rule
// mentions/block-without-capitals-read-in-capitals); the cased lines around it are read as written. Every text here is
// written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { BLOCK_WITHOUT_CAPITALS_READ_IN_CAPITALS, blocksWithoutCapitals } from '../../src/extract/no-capitals.js';
import { res, withoutRules } from '../helpers/resources.js';

const slices = (text: string) => blocksWithoutCapitals(text).map((b) => text.slice(b.start, b.end));

describe('blocksWithoutCapitals', () => {
  it('finds a paragraph without capitals between cased ones', () => {
    const text =
      'Officials in Lagos said the market reopened on Tuesday.\n\n' +
      'traders told us the police under inspector musa bello had sealed the gates for a week.\n\n' +
      'The state governor promised compensation.';
    expect(slices(text)).toEqual([
      'traders told us the police under inspector musa bello had sealed the gates for a week.',
    ]);
  });

  it('finds a body without capitals under a cased headline, and a headline without capitals over a cased body', () => {
    expect(slices('Floods Cut Road To Port\nheavy rain washed away the bridge near the harbour overnight.')).toEqual([
      'heavy rain washed away the bridge near the harbour overnight.',
    ]);
    expect(slices('floods cut road to port\nHeavy rain washed away the bridge near Mombasa overnight.')).toEqual([
      'floods cut road to port',
    ]);
  });

  it('allows the pronoun "I" inside a stretch, and joins lines without letters into it', () => {
    const text = 'A Reader Writes\n\ni saw the smoke from the depot and I ran.\n12:40\nthen the sirens started.';
    expect(slices(text)).toEqual(['i saw the smoke from the depot and I ran.\n12:40\nthen the sirens started.']);
  });

  it('takes a cased line that opens with the pronoun, and an address, for no stretch', () => {
    const text =
      'Neighbours gathered outside the house.\n\n"I heard two bangs and then nothing at all," one said.\n\n' +
      'newsdesk@example-paper.com\nhttps://example-paper.com/local/shooting-on-elm-street';
    expect(slices(text)).toEqual([]);
  });

  it('leaves a line of hard-wrapped cased text that holds no capital, and a line too short to tell anything', () => {
    const wrapped =
      'The committee said on Monday that the new rules on\n' +
      'data held by phone companies would take effect in\n' +
      'March, after a vote in Parliament.';
    expect(slices(wrapped)).toEqual([]);
    expect(slices('Storm Closes Airport\nvia wire\nThe airport in Bergen closed at noon.')).toEqual([]);
  });
});

describe('mentions/block-without-capitals-read-in-capitals', () => {
  const text =
    'Market Fire Destroys Hundreds Of Stalls\n\n' +
    'A fire swept through a market in Lagos on Tuesday, the NEMA agency said.\n\n' +
    'witnesses said inspector musa bello of the lagos state police arrived two hours later. ' +
    'governor babajide sanwo-olu visited ibadan the next day.\n';
  const named = (r = res) => extract({ text }, r).entities.filter((e) => e.type !== 'incident');

  it('finds people and places in the stretch, shown as names are written', () => {
    const list = named();
    const names = (t: string) => list.filter((e) => e.type === t).map((e) => e.name);
    expect(names('person')).toEqual(expect.arrayContaining(['Musa Bello']));
    expect(names('place')).toEqual(expect.arrayContaining(['Lagos', 'Ibadan']));
  });

  it('keeps every mention as written, and an acronym of the cased lines as the text writes it', () => {
    const out = extract({ text }, res);
    for (const e of out.entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    const bello = out.entities.find((e) => e.name === 'Musa Bello')!;
    expect(bello.mentions.map((m) => m.text)).toEqual(['musa bello']);
    const nema = out.entities.find((e) => e.mentions.some((m) => m.text === 'NEMA'));
    expect(nema?.name).toBe('NEMA');
    expect(nema?.aliases ?? []).not.toContain('nema');
    expect(out.warnings?.join(' ')).toMatch(/without capital letters were read as text in capitals/);
  });

  it('switched off, the stretch is read as written and gives no person', () => {
    const list = named(withoutRules(BLOCK_WITHOUT_CAPITALS_READ_IN_CAPITALS.id));
    expect(list.filter((e) => e.type === 'person')).toEqual([]);
  });

  it('reads a cased article with no such stretch as before', () => {
    const cased = 'A fire swept through a market in Lagos on Tuesday.\n\nInspector Musa Bello arrived later.';
    const keys = (r = res) =>
      extract({ text: cased }, r)
        .entities.map((e) => e.key)
        .sort();
    expect(keys()).toEqual(keys(withoutRules(BLOCK_WITHOUT_CAPITALS_READ_IN_CAPITALS.id)));
    expect(extract({ text: cased }, res).warnings ?? []).toEqual([]);
  });
});
