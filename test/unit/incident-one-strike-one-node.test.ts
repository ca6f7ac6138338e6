// One strike told with two words or two kinds is one incident node: a compound noun ("a car-bomb explosion", "a
// mortar shell attack") takes one day even when another day of the sentence is nearer one of its words (rule
// dates/one-phrase-one-day), and artillery fire that the article also calls a bombing is one event
// (ontology sameEvent.inArticle.pairs: shelling, bombing). Sister events with their own days or towns stay apart.
import { describe, expect, it } from 'vitest';
import { phraseOf } from '../../src/extract/incidents.js';
import { incidentsOf } from '../helpers/incidents.js';

const violent = (date: string, text: string) =>
  incidentsOf(date, text).filter((i) => !i.reference && i.kind !== 'arrest' && i.kind !== 'raid');

describe('phraseOf (rule dates/one-phrase-one-day)', () => {
  const text = 'a bomb blast hit a car-bomb attack site, then a bomb -- blast';
  const at = (w: string, from = 0) => {
    const start = text.indexOf(w, from);
    return { start, end: start + w.length };
  };
  const bomb = at('bomb');
  const blast = at('blast');
  const car = at('car', blast.end);
  const bomb2 = at('bomb', car.end);
  const attack = at('attack');
  const lastBomb = at('bomb', attack.end);
  const lastBlast = at('blast', lastBomb.end);
  const hits = [bomb, blast, car, bomb2, attack, lastBomb, lastBlast];

  it('chains words written side by side, by a space or one hyphen, whichever word is asked for', () => {
    expect(phraseOf(text, hits, blast)).toEqual([bomb, blast]);
    expect(phraseOf(text, hits, bomb2)).toEqual([car, bomb2, attack]);
  });

  it('does not chain across a dash or other words', () => {
    expect(phraseOf(text, hits, lastBomb)).toEqual([lastBomb]);
    expect(phraseOf(text, hits, attack)).toEqual([car, bomb2, attack]);
  });
});

describe('one strike, one incident node', () => {
  it('a compound "bomb blast" takes the day of the blast, not the day the toll was reported', () => {
    const found = violent(
      '2023-03-12',
      'TUNIS 2023-03-12\n' +
        'A local radio station on Sunday raised to nine the toll of a bomb blast at a bus station south of Sfax on ' +
        'Saturday.\n' +
        'Police said on Saturday that a home-made bomb went off at the bus station in the town of Mahres.',
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.date).toBe('2023-03-11');
  });

  it('the shelling of a camp that the next sentence calls the army bombing is one event', () => {
    const found = violent(
      '2023-03-12',
      'ANKARA 2023-03-12\n' +
        'Army guns heavily shelled a refugee camp outside the town of Zakho on Saturday, a rebel radio said.\n' +
        'Three civilians died in the army bombing, the radio said.',
    );
    expect(found).toHaveLength(1);
  });

  it('a shelling and a bombing on different days stay two events', () => {
    const found = violent(
      '2023-03-12',
      'ANKARA 2023-03-12\n' +
        'Army guns shelled a refugee camp outside the town of Zakho on Saturday, a rebel radio said.\n' +
        'On Tuesday a bombing at a market in the town of Duhok killed two people.',
    );
    expect(found).toHaveLength(2);
  });
});

describe('place/country-of-the-agents', () => {
  it('"wounded by Laos gunmen" in the headline: the country says whose the gunmen are, not a second scene', () => {
    const found = violent(
      '2023-03-12',
      'Three Thai rangers wounded by Laos gunmen .\n' +
        'CHIANG KHONG , Thailand 2023-03-12\n' +
        'Three Thai rangers were wounded on Sunday when armed smugglers ambushed their boat on the Mekong river ' +
        'near the town of Chiang Khong , officials said .',
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.place).not.toBe('Laos');
  });
});
