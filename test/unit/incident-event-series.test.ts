// "A series of bombings" (issue #10): a collective word for several events generalises over them, unless its clause
// ties them to one day, which news writes for coordinated attacks reported as one incident. Texts written for these
// tests.
import { describe, expect, it } from 'vitest';
import { incidentsOf } from '../helpers/incidents.js';

describe('a series of events', () => {
  it('reads coordinated attacks of one day as one incident with its toll', () => {
    const all = incidentsOf(
      '2021-09-06',
      'A series of bombings tore through two markets and a bus station in Velmora on Sunday, killing at least 64 ' +
        'people and wounding about 200.',
    );
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ kind: 'bombing', date: '2021-09-05', killed: 64, injured: 200 });
  });

  it('takes "yesterday" as the one day too', () => {
    const all = incidentsOf('2021-09-06', 'A wave of car bombs across the capital yesterday killed 31 people.');
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ date: '2021-09-05', killed: 31 });
  });

  it('keeps a series over a period, or with no day, a generalisation', () => {
    expect(incidentsOf('2021-09-06', 'A wave of attacks since Sunday has killed 40 people in the north.')).toEqual([]);
    expect(incidentsOf('2021-09-06', 'A string of bombings over the past year has killed 40 people.')).toEqual([]);
    expect(incidentsOf('2021-09-06', 'The port city has seen a spate of stabbings.')).toEqual([]);
  });
});
