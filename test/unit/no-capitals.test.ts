// Text typed with no capitals at all is read as the same text in capitals (rule mentions/no-capitals-read-in-capitals):
// people, bodies and places are found by context and the lists, shown with their names' case restored, while every
// mention, sentence and alias keeps the text as written. Every text here is written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import {
  asWritten,
  blocksWithoutCapitals,
  capitalsSameOffsets,
  NO_CAPITALS_READ_IN_CAPITALS,
} from '../../src/extract/no-capitals.js';
import type { ExtractionResult } from '../../src/extract/types.js';
import { res, withoutRules } from '../helpers/resources.js';

const post =
  'gunmen opened fire on a checkpoint outside kandahar on sunday, killing three police officers, the interior ministry said. ' +
  'a taliban spokesman claimed the attack. president ashraf ghani condemned it, and gen. farid ahmadzai ordered more patrols. ' +
  'mr tomas kerrigan of the united nations said the road to herat was closed after a van overturned near the bridge.';

const named = (text: string, r = res) => {
  const out = extract({ text }, r);
  return { out, list: out.entities.filter((e) => e.type !== 'incident') };
};

describe('mentions/no-capitals-read-in-capitals', () => {
  it('finds people after titles, bodies the gazetteer knows and places, with names shown as names are written', () => {
    const { list } = named(post);
    const byType = (t: string) => list.filter((e) => e.type === t).map((e) => e.name);
    expect(byType('person')).toEqual(expect.arrayContaining(['Ashraf Ghani', 'Farid Ahmadzai', 'Tomas Kerrigan']));
    expect(byType('organization')).toEqual(expect.arrayContaining(['Taliban', 'United Nations']));
    // the gazetteer's own spelling of Herat carries a macron
    expect(byType('place')).toEqual(expect.arrayContaining(['Kandahar', expect.stringMatching(/^Her[aā]t$/u)]));
  });

  it('keeps every mention, sentence and alias as written, at the same offsets', () => {
    const { out, list } = named(post);
    for (const e of out.entities) for (const m of e.mentions) expect(post.slice(m.start, m.end)).toBe(m.text);
    for (const s of out.sentences) expect(post.slice(s.start, s.end)).toBe(s.text);
    const ghani = list.find((e) => e.name === 'Ashraf Ghani')!;
    expect(ghani.mentions.map((m) => m.text)).toEqual(['ashraf ghani']);
    expect(ghani.aliases).toEqual(['ashraf ghani']);
    expect(ghani.type === 'person' && ghani.roles).toEqual(['president']);
    // nothing in capitals leaks into what a reader sees
    expect(list.flatMap((e) => e.aliases).filter((a) => /\p{Lu}{3}/u.test(a))).toEqual([]);
    expect(list.flatMap((e) => e.merges ?? []).filter((m) => /"[^"a-z]*\p{Lu}{3}/u.test(m))).toEqual([]);
  });

  it('makes no name of a common word: a vehicle, a bridge, a day, a role', () => {
    const names = named(post).list.map((e) => e.name.toLowerCase());
    for (const w of ['van', 'bridge', 'sunday', 'gunmen', 'spokesman', 'road']) expect(names).not.toContain(w);
  });

  it('warns that the text had no capitals', () => {
    expect(named(post).out.warnings?.join(' ')).toMatch(/no capital letters/);
  });

  it('reads the text as the same story in capitals does', () => {
    const keys = (text: string) =>
      named(text)
        .list.map((e) => e.key)
        .sort();
    expect(keys(post)).toEqual(keys(post.toUpperCase()));
  });

  it('leaves mixed-case text alone', () => {
    const text = 'Gunmen killed two guards in kabul on Monday, officials in Kabul said.';
    const { out } = named(text);
    expect(out.sentences.map((s) => s.text)).toEqual([text]);
    expect(out.entities.flatMap((e) => e.mentions.map((m) => m.text))).not.toContain('kabul');
  });

  it('switched off, the text is read as written and finds no people', () => {
    const { list } = named(post, withoutRules(NO_CAPITALS_READ_IN_CAPITALS.id));
    expect(list.filter((e) => e.type === 'person')).toEqual([]);
    expect(list.map((e) => e.name)).toContain('Kandahar');
  });
});

describe('the helpers of the reading in capitals', () => {
  it('writes a text in capitals letter for letter, leaving a letter whose capital is longer', () => {
    expect(capitalsSameOffsets('straße in köln')).toBe('STRAßE IN KÖLN');
    expect(capitalsSameOffsets('ﬁne')).toHaveLength('ﬁne'.length);
  });

  it('shows the slices of the text read as the same slices of the text as written', () => {
    const written = 'talks in geneva';
    const read = written.toUpperCase();
    const result: ExtractionResult = {
      sentences: [{ index: 0, start: 0, end: 15, text: read }],
      entities: [
        {
          id: 'e1',
          key: 'place:geneva',
          type: 'place',
          name: 'Geneva',
          aliases: ['GENEVA', 'Genf'],
          mentions: [{ start: 9, end: 15, text: 'GENEVA', sentence: 0 }],
          titleMentions: [{ field: 'title', start: 0, end: 6, text: 'GENEVA' }],
        } as ExtractionResult['entities'][number],
      ],
      relations: [],
      warnings: [],
    };
    asWritten(result, read, written);
    expect(result.sentences[0]!.text).toBe(written);
    expect(result.entities[0]!.mentions[0]!.text).toBe('geneva');
    expect(result.entities[0]!.aliases).toEqual(['geneva', 'Genf']);
    // a title mention slices the title, not the text: it stays
    expect(result.entities[0]!.titleMentions![0]!.text).toBe('GENEVA');
  });
});

describe('blocksWithoutCapitals', () => {
  it('counts no capital of an address, and the capitals of a line without one', () => {
    const lines = [
      'write to the desk at news@Daily-Paper.example or see https://Example.org/Story',
      'for the full report on the storm that hit the coast overnight,',
      'and the list of roads still closed this morning across the region.',
    ];
    const text = lines.join('\n');
    expect(blocksWithoutCapitals(text)).toEqual([{ start: 0, end: text.length }]);
    // the same lines with a capital outside the address: no block opens at the first line
    const cased = ['Write' + lines[0]!.slice(5), ...lines.slice(1)].join('\n');
    expect(blocksWithoutCapitals(cased).some((b) => b.start === 0)).toBe(false);
  });
});
