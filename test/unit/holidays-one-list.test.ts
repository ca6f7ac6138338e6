// mentions.holidays is the one list of holidays and festivals: it ends a place's name where a holiday follows it
// ("the Kabul Nowruz fair"), it is never an entity on its own, and a span made only of it names no one.
import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../src/extract/document.js';
import { findEntities } from '../../src/extract/entities.js';
import { res } from '../helpers/resources.js';

const entities = (text: string) => findEntities(makeDoc({ text }, res)).map((e) => `${e.type}:${e.name}`);

describe('holidays, one list', () => {
  it('holds every holiday the readers need, in lower case', () => {
    const holidays = res.words.list('mentions.holidays');
    for (const h of ['christmas', 'eid', 'nowruz', 'yom kippur', 'mawlid', 'new year']) expect(holidays).toContain(h);
    expect(holidays.every((h) => h === h.toLowerCase())).toBe(true);
    expect(res.words.list('entities.notEntities')).not.toContain('ramadan');
  });

  it('cuts a holiday off the place it follows, whichever festival it is', () => {
    const found = entities(
      'Crowds had gathered at the Kabul Nowruz fair on Friday. Organisers said the Herat Navratri market stayed calm.',
    );
    expect(found).toContain('place:Kabul');
    expect(found).toContain('place:Herat');
    expect(found.filter((e) => /Nowruz|Navratri/u.test(e))).toEqual([]);
  });

  it('never makes a holiday an entity of its own', () => {
    const found = entities('Security was tightened across Lahore before Ashura and again before Mawlid.');
    expect(found).toContain('place:Lahore');
    expect(found.filter((e) => /Ashura|Mawlid/u.test(e))).toEqual([]);
  });
});
