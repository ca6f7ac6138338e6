// Faults found by running short wire reports (Latin American datelines of 1989–90, Reuters of 1996) through the
// extractor: each case is written for this file.
import { describe, expect, it } from 'vitest';
import { casualtiesIn } from '../../src/extract/casualties.js';
import { mainIncident, run } from '../helpers/extracted-places.js';
import { res } from '../helpers/resources.js';

const counts = (s: string) => casualtiesIn(res.incidents.casualties, s, 0).map((c) => [c.what, c.count]);

describe('a negated count is no count (casualty/n-killed, casualty/n-injured)', () => {
  // (casualty/none-killed, casualty/none-injured) no positive count; the negation states a toll of 0
  it('"no one was hurt" and "no-one was injured" count none: a stated 0, no positive count', () => {
    expect(counts('The charge wrecked a transformer, but no one was hurt.')).toEqual([
      ['killed', 0],
      ['injured', 0],
    ]);
    expect(counts('Firemen said no-one was injured in the blaze.')).toEqual([
      ['killed', 0],
      ['injured', 0],
    ]);
    expect(counts('No one was killed, a spokesman said.')).toEqual([['killed', 0]]);
  });

  it('a count after "no more than" still counts', () => {
    expect(counts('No more than five people were wounded.')).toEqual([['injured', 5]]);
    expect(counts('One was injured and taken to hospital.')).toEqual([['injured', 1]]);
  });

  it('a bombing report closing "No one was injured" has 0 injured (casualty/none-injured)', () => {
    const inc = mainIncident({
      published: '1990-03-08',
      text: 'CALI, 8 Mar 90 -- A bomb damaged the offices of a savings bank in the centre of Cali last night. No one was injured, a police spokesman said.',
    });
    expect(inc?.kind).toBe('bombing');
    expect(inc?.injured).toBe(0);
  });
});

describe('"took … hostage" with a longer object (hostage-taking trigger)', () => {
  it('five words between the verb and "hostage" still name a hostage-taking', () => {
    const inc = mainIncident({
      published: '1990-02-20',
      text: 'Rebels took four engineers and their guide hostage at a dam site near Huancayo on Monday.',
    });
    expect(inc?.kind).toBe('hostage-taking');
  });

  it('a preposition between them breaks the phrase', () => {
    const inc = mainIncident({
      published: '1990-02-20',
      text: 'The bishop took part in long talks about the hostages on Monday.',
    });
    expect(inc?.kind).not.toBe('hostage-taking');
  });
});

describe('a national wire datelined in the capital (entities/part-of-local-city)', () => {
  const wire = {
    published: '1989-05-10',
    text: 'LIMA, 10 May 89 -- Rebels shot dead the mayor of Huanta in Ayacucho department on Tuesday night.',
  };

  it('a name with an area noun after it is no part of the dateline city', () => {
    const ayacucho = run(wire).find((e) => e.type === 'place' && e.name === 'Ayacucho');
    expect(ayacucho && 'precision' in ayacucho ? ayacucho.precision : null).not.toBe('site-in-city');
  });

  it('the town a mayor serves is a town of its own, and the place of his killing', () => {
    const huanta = run(wire).find((e) => e.type === 'place' && e.name === 'Huanta');
    expect(huanta && 'precision' in huanta ? huanta.precision : null).not.toBe('site-in-city');
    expect(mainIncident(wire)?.place).toBe('Huanta');
  });
});

describe('the seat of a province named bare in a wire from the capital (entities/part-of-local-city)', () => {
  it('a provincial seat is a town of its own, not a part of the dateline city', () => {
    const wire = {
      published: '2024-06-12',
      text: 'KHARTOUM, June 12 - A court jailed a man for life on Wednesday over a car bomb in Kadugli that killed five soldiers last year.',
    };
    const kadugli = run(wire).find((e) => e.type === 'place' && e.name === 'Kadugli');
    expect(kadugli && 'precision' in kadugli ? kadugli.precision : null).toBe('city');
    expect(kadugli && 'admin1' in kadugli ? kadugli.admin1 : null).not.toBe('Khartoum');
  });
});

describe('a region written as the modifier of a town (place/region-town-of)', () => {
  it('"in the West Java town of Tasikmalaya" places the event in the town', () => {
    const inc = mainIncident({
      published: '1996-12-20',
      text: 'A grenade went off in the West Java town of Tasikmalaya on Thursday, wounding six shoppers.',
    });
    expect(inc?.place).toBe('Tasikmalaya');
  });
});
