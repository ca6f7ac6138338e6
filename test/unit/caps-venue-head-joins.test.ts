// Issue 11, text in capitals: a venue head that mixed-case news writes small after a name joins no name there
// (rule mentions/venue-head-joins). Every sentence here is written for these tests; the names are invented.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { res } from '../helpers/resources.js';

const names = (text: string, r = res) =>
  extract({ text }, r)
    .entities.filter((e) => e.type !== 'incident')
    .flatMap((e) => e.mentions.map((m) => m.text));

describe('mentions/venue-head-joins in capitals (issue 11)', () => {
  it('in capitals a head news writes small after a name ("MOSQUE") stays out of the name', () => {
    const t = names('THOUSANDS PRAYED AT THE AL-NASR MOSQUE IN NABLUS ON FRIDAY.');
    expect(t).toContain('AL-NASR');
    expect(t.filter((n) => /MOSQUE/.test(n))).toEqual([]);
  });

  it('in mixed case the capitalised head joins the name', () => {
    expect(names('Thousands prayed at the al-Nasr Mosque in Nablus on Friday.')).toContain('al-Nasr Mosque');
  });

  it('an airport, a head that names a place with its name, still joins in capitals', () => {
    expect(names('THE PLANE LANDED AT CAIRO AIRPORT ON MONDAY NIGHT.').some((n) => /CAIRO AIRPORT/.test(n))).toBe(true);
  });
});
