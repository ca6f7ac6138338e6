// In a sports report (its headline opens with a sport's desk slug, "RUGBY - …") the words sport uses for play are no
// violence (rule incident/sport-play); a phrase only violence has still reports an incident. Every sentence here is
// written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { res } from '../helpers/resources.js';

const kinds = (text: string) =>
  extract({ text }, res)
    .entities.filter((e) => e.type === 'incident')
    .map((e) => (e.type === 'incident' ? e.kind : ''));

describe('a sports report (rule incident/sport-play)', () => {
  const game =
    'The hosts launched attack after attack in the second half on Sunday but could not find a way past the keeper. ' +
    'A late raid down the left ended with a header over the bar, and the visitors held on for a draw.';

  it('has no incident in the play it describes', () => {
    expect(kinds(`HANDBALL - HOSTS HELD TO DRAW.\nOLDTOWN 2031-05-14\n${game}`)).toEqual([]);
  });

  it('is told by words only a game report uses, where the headline has no desk slug', () => {
    expect(kinds(`Jane Roe\nOLDTOWN 2031-05-14\n${game}`)).toEqual([]);
  });

  it('still reports violence in words only violence has', () => {
    const text =
      'SOCCER - MATCH ABANDONED AFTER BOMB AT GROUND.\nOLDTOWN 2031-05-14\n' +
      'A bomb exploded outside the stadium in Oldtown on Sunday, wounding three fans, police said.';
    expect(kinds(text)).toContain('bombing');
  });

  it('is told by its desk slug: the same words in a news report still count', () => {
    const text =
      'Rebels attack army post.\nOLDTOWN 2031-05-14\n' +
      'Rebels launched an attack on an army post near Oldtown on Sunday, killing two soldiers, the army said.';
    expect(kinds(text)).toContain('attack');
  });
});
