// The words an incident's blame is said in (src/extract/incidents.ts): the whole verb ("accused", "condemned"), as
// the evidence an analyst reads, never a cut-off piece of it. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import type { IncidentEntity } from '../../src/extract/types.js';
import { res } from '../helpers/resources.js';

const incidentMentions = (text: string): string[] =>
  extract({ text }, res)
    .entities.filter((e): e is IncidentEntity => e.type === 'incident')
    .flatMap((e) => e.mentions.map((m) => m.text));

describe('the cue of a blame', () => {
  it('is the whole verb before the one blamed', () => {
    expect(
      incidentMentions(
        'Officials in Lyon accused the Red Hand Brigade of the bombing of a market that killed two people.',
      ),
    ).toContain('accused');
    expect(
      incidentMentions('The mayor of Lyon condemned the Red Hand Brigade for the bombing of a market on Monday.'),
    ).toContain('condemned');
    expect(
      incidentMentions('Police in Lyon blamed the Red Hand Brigade for the bombing of a market on Monday.'),
    ).toContain('blamed');
  });
});
