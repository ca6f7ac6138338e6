// A speaker's link to an incident they only talked about carries the ontology's remark label, which the explorer
// draws apart from links that say a part in the incident. Sentences are made up for this test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { remarkLabel } from '../../src/ontology/index.js';
import { res } from '../helpers/resources.js';

describe('ontology: a remark is not a part', () => {
  it('names a remark label for speech only', () => {
    expect(remarkLabel('speech')).toBe('spoke about');
    expect(remarkLabel('participation')).toBeNull();
    expect(remarkLabel('co_mention')).toBeNull();
  });

  it('labels a speaker talking about an incident with it', () => {
    const out = extract(
      {
        text: 'A car bomb killed four people in Quetta on Monday. Prime Minister Farida Qureshi said the bombing was an attack on the whole country.',
        published: '2024-06-20',
      },
      res,
    );
    const speaker = out.entities.find((e) => e.name === 'Farida Qureshi');
    const incident = out.entities.find((e) => e.type === 'incident');
    expect(speaker && incident).toBeTruthy();
    const about = out.relations.filter((r) => r.type === 'speech' && r.from === speaker!.id && r.to === incident!.id);
    expect(about.map((r) => r.label)).toEqual([remarkLabel('speech')]);
  });
});
