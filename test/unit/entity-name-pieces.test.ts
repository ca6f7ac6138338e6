// Issue 11: one real entity per node. Pieces of one name the tagger cut apart, and small words it ran into a name in
// capitals. Every sentence here is written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { res } from '../helpers/resources.js';
import type { Entity } from '../../src/extract/types.js';
import { candidatesOver } from '../helpers/entity-rules.js';
import type { Candidate } from '../../src/extract/mentions.js';

const nodes = (text: string) =>
  extract({ text }, res).entities.filter((e): e is Exclude<Entity, { type: 'incident' }> => e.type !== 'incident');
const typed = (text: string) => nodes(text).map((e) => `${e.type}:${e.name}`);

describe('entities/adjacent-person-names (issue 11)', () => {
  it('two person pieces parted by one space are one person', () => {
    const text = 'Supporters of Moncef Ben Salah gathered outside the court in Sfax on Monday.';
    const cands = candidatesOver(text, [
      ['person', 'Moncef'],
      ['person', 'Ben Salah'],
    ]).kept;
    const people = cands.filter((c) => c.type === 'person');
    expect(people.map((c) => c.text)).toEqual(['Moncef Ben Salah']);
    expect(people[0]!.rules).toContain('entities/adjacent-person-names');
  });

  it('in a whole article, an Arabic name with "Ben" and a name before a possessive are one node each', () => {
    const t = typed("Tunisia's former president Zine al-Abidine Ben Ali left the country in January, officials said.");
    expect(t.filter((n) => n.startsWith('person:'))).toEqual(['person:Zine al-Abidine Ben Ali']);
    const s = typed("In Denver, Delino DeShields's single in the ninth inning won the game for the Dodgers.");
    expect(s.filter((n) => n.startsWith('person:'))).toEqual(['person:Delino DeShields']);
  });

  it('people in a list, or on two lines, stay apart; a title read as a name joins no one', () => {
    const text = 'The panel heard Ahmed Karimi, Sara Lind and Tomas Berg on Friday.';
    const cands = candidatesOver(text, [
      ['person', 'Ahmed Karimi'],
      ['person', 'Sara Lind'],
      ['person', 'Tomas Berg'],
    ]).kept;
    expect(cands.filter((c) => c.type === 'person').map((c) => c.text)).toEqual([
      'Ahmed Karimi',
      'Sara Lind',
      'Tomas Berg',
    ]);
    const titled = 'Acting Minister-designate Omar Fadel met the envoy.';
    const tc = candidatesOver(titled, [
      ['person', 'Minister-designate'],
      ['person', 'Omar Fadel'],
    ]).kept;
    expect(tc.filter((c) => c.type === 'person').map((c) => c.text)).toContain('Omar Fadel');
  });
});

describe('entities/part-of-quoted-title (issue 11)', () => {
  it('a name that is only a word of a quoted title is no node', () => {
    const t = typed(
      'The actor, who died in Leeds on Monday, was best loved for "Dinner at Alice Springs" and "The Duke of Camden", the studio said.',
    );
    expect(t).toContain('place:Leeds');
    expect(t.filter((n) => /Alice|Springs|Camden|Duke/.test(n))).toEqual([]);
  });

  it('a quoted name that fills the quote, a quoted sentence and a title in capitals keep their names', () => {
    /** whether candidate `piece` of `type` survives the entity rules */
    const kept = (text: string, piece: string, type: Candidate['type']) => {
      const { made, kept } = candidatesOver(text, [[type, piece]]);
      return kept.includes(made[0]!);
    };
    // the whole quote is the name
    expect(
      kept('A group calling itself "Sons of Karbala" said it planted the bomb.', 'Sons of Karbala', 'organization'),
    ).toBe(true);
    // a quoted sentence with punctuation inside is speech, not a title
    expect(kept('"We will never leave Basra, never," the commander told reporters.', 'Basra', 'place')).toBe(true);
    // in capitals every quoted sentence looks like a title: nothing is dropped
    expect(kept('THE CROWD CHANTED "LONG LIVE FREE KARBALA" OUTSIDE THE MOSQUE.', 'KARBALA', 'place')).toBe(true);
    // the same quote in mixed case is a slogan: the place is a word of it
    expect(kept('The crowd chanted "Long Live Free Karbala" outside the mosque.', 'Karbala', 'place')).toBe(false);
    // a comma or full stop written inside the closing quote, American style, leaves the title a title
    expect(kept('The band closed with "Rain Over Dublin," its first hit.', 'Dublin', 'place')).toBe(false);
    expect(kept('Protesters carried signs reading "Leave Dublin Alone." on Friday.', 'Dublin', 'place')).toBe(false);
  });
});
