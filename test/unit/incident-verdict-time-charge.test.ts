// A verdict that holds a time between its word and "of" ("found guilty last month of murder") still names a charge,
// not an incident of its own (incident-cues.legalBefore). Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import type { IncidentEntity } from '../../src/extract/types.js';
import { res } from '../helpers/resources.js';

const incidents = (text: string) =>
  extract({ published: '2025-03-20', text }, res).entities.filter((e): e is IncidentEntity => e.type === 'incident');

describe('a charge named in a verdict with a time inside it', () => {
  it('joins the bombing the report is about', () => {
    const found = incidents(
      'A court in Mombasa on Thursday jailed Ali Dena for life over the bombing of a bus depot in 2023.\n\n' +
        'A panel of judges found him guilty last week of murder and of membership of a banned group.',
    );
    expect(found.map((g) => g.kind)).toEqual(['bombing']);
  });
});
