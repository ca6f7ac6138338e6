// Words of harm that report no incident of their own: filming, running totals over a period, shipwrecks. Texts
// written for these tests.
import { describe, expect, it } from 'vitest';
import type { IncidentEntity } from '../../src/extract/types.js';
import { run } from '../helpers/extracted-places.js';

const incidents = (text: string) => run({ text }).filter((e): e is IncidentEntity => e.type === 'incident');

describe('"shot" said of a film, scene or footage (incident/filming)', () => {
  it('is filming, not a shooting', () => {
    expect(incidents('Most of the film was shot on location in Galway, with locals hired as extras.')).toEqual([]);
    expect(incidents('The footage was shot by a passer-by in Leeds on Friday and shared widely.')).toEqual([]);
  });

  it('leaves a shooting of a person a shooting', () => {
    const found = incidents('A man was shot in Galway on Friday while filming a video, police said.');
    expect(found.map((i) => i.kind)).toContain('shooting');
  });
});

describe('a toll over a past period of years', () => {
  it('is a running total, not the toll of the event the article reports', () => {
    const found = incidents(
      'A bomb exploded in a cafe in Oran on Friday, killing six people. Rights groups say about 900 civilians have ' +
        'been killed in bomb attacks in the past three years.',
    );
    expect(found.map((i) => i.killed)).toEqual([6]);
  });
});

describe('a ship that sank', () => {
  it('is an accident, not an attack', () => {
    expect(incidents('Forty passengers were killed when a ferry capsized off the coast on Monday.')).toEqual([]);
  });
});

describe('a crime someone is charged with as an accessory or accomplice', () => {
  it('is a charge in a biography: it neither makes an incident nor names the kind of the one reported', () => {
    const found = incidents(
      'Police ended a siege at a cafe in Leeds on Monday; two hostages died. The gunman, Karl Benn, 50, had moved to ' +
        'England in the 1990s. He was on bail at the time, charged as an accessory to the murder of his former wife.',
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.kind).not.toBe('murder');
    expect(found[0]!.killed).toBe(2);
  });
});
