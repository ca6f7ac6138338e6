// Cues that conflict-event notes (ACLED-style) write and news less often: tolls as "N fatalities", landmines, "fought"
// between armed sides, mob killings, villages set ablaze, live rounds fired at protesters, and armed groups named by
// their abbreviations.
import { describe, expect, it } from 'vitest';
import { casualtiesIn } from '../../src/extract/casualties.js';
import { extract } from '../../src/extract/index.js';
import type { IncidentEntity, OrganizationEntity } from '../../src/extract/types.js';
import { res } from '../helpers/resources.js';

const counts = (s: string) => casualtiesIn(res.incidents.casualties, s, 0).map((c) => [c.what, c.count]);
const run = (text: string) => extract({ id: 't', text, published: '2024-03-01' }, res).entities;
const incidents = (text: string) => run(text).filter((e): e is IncidentEntity => e.type === 'incident');

describe('conflict-note casualty phrasings', () => {
  it('a count before "fatalities" is the killed; "deaths" is often a running total', () => {
    expect(counts('Seven fatalities were recorded after the raid.')).toEqual([['killed', 7]]);
    expect(counts('The fighting resulted in 12 civilian fatalities.')).toEqual([['killed', 12]]);
    expect(counts('The unrest has caused more than 300 deaths nationwide this year.')).toEqual([]);
  });

  it('"all" before a count is a quantifier ("killing all four passengers")', () => {
    expect(counts('The missile hit the pickup, killing all four passengers.')).toEqual([['killed', 4]]);
  });

  it('a mob that beat or lynched someone killed one', () => {
    expect(counts('Residents beat to death a young man near the bus park.')).toEqual([['killed', 1]]);
  });
});

describe('conflict-note incident cues', () => {
  it('a vehicle that struck a landmine is an explosion of the bombing family', () => {
    const [inc] = incidents('On 2 March, a police truck struck a landmine near Kidal, killing two officers.');
    expect(inc?.kind).toBe('bombing');
    expect(inc?.killed).toBe(2);
  });

  it('one armed side that "fought" another is an armed clash', () => {
    expect(incidents('On 4 March, militiamen fought army troops for hours outside Bunia.').map((i) => i.kind)).toEqual([
      'armed clash',
    ]);
  });

  it('a crowd beating someone to death is a lynching (rule incident/crowd-violence)', () => {
    expect(incidents('On 6 March, a crowd beat to death a young man accused of theft in Lagos.')[0]?.kind).toBe(
      'lynching',
    );
  });

  it('a village set ablaze is arson', () => {
    expect(incidents('On 8 March, gunmen set ablaze a hamlet outside Jos and fled.').map((i) => i.kind)).toContain(
      'arson',
    );
  });

  it('live rounds fired at protesters are a shooting', () => {
    expect(
      incidents('On 9 March, soldiers fired live ammunition at demonstrators in Nairobi, wounding five.').map(
        (i) => i.kind,
      ),
    ).toContain('shooting');
  });
});

describe('armed groups of the conflict notes', () => {
  it('the Arakan Army is an armed group, not a state army', () => {
    const ents = run(
      'On 3 March, the Arakan Army (AA) clashed with government troops in Paletwa township, Chin state.',
    );
    const aa = ents.find((e): e is OrganizationEntity => e.type === 'organization' && e.name === 'Arakan Army');
    expect(aa?.kind).toBe('armed_group');
  });

  it('JNIM is known by its abbreviation', () => {
    const ents = run('On 5 March, JNIM claimed an attack on a checkpoint near Gao.');
    const jnim = ents.find((e): e is OrganizationEntity => e.type === 'organization' && e.name === 'JNIM');
    expect(jnim?.kind).toBe('armed_group');
  });
});
