// The full-name rule (mentions.ts): two or three capitalised words opening with a given name are a person, with the
// wider generated list of given names too, but never a place whose name opens with a rarer given name.
import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../src/extract/document.js';
import { findEntities } from '../../src/extract/entities.js';
import { res } from '../helpers/resources.js';

const typeOf = (text: string, name: string) =>
  findEntities(makeDoc({ text }, res)).find((e) => e.name === name || e.mentions.some((m) => m.text === name))?.type;

describe('full names with given names of the wider list', () => {
  it('the wider list holds names the hand-written one lacks, and the tagger does not read it', () => {
    expect(res.names.givenNames.has('philippe')).toBe(false);
    expect(res.names.givenNamesWide.has('philippe')).toBe(true);
    expect(res.names.givenNamesWide.has('june')).toBe(false);
  });

  it('"Philippe Sella", "Tanja Damaske" are persons', () => {
    expect(typeOf('French centre Philippe Sella also enjoyed a good game on Saturday.', 'Philippe Sella')).toBe(
      'person',
    );
    expect(typeOf('The javelin was won by Tanja Damaske, who threw 66.60 metres.', 'Tanja Damaske')).toBe('person');
  });

  it('a given name that is also a rare English word or a smaller city is in the wider list ("Teddy", "Nigel")', () => {
    // add-given-names.mjs: only the common English words (SCOWL size 40) and cities of 250,000 or more block a name
    for (const n of ['teddy', 'nigel', 'sonny', 'eugene']) expect(res.names.givenNamesWide.has(n)).toBe(true);
    for (const n of ['hope', 'will', 'grace', 'austin', 'sydney']) expect(res.names.givenNamesWide.has(n)).toBe(false);
    expect(typeOf('Tottenham striker Teddy Sheringham scored twice on Saturday.', 'Teddy Sheringham')).toBe('person');
    expect(typeOf('Newcastle chairman Nigel Wray said on Friday the deal was off.', 'Nigel Wray')).toBe('person');
  });

  it('a site or a saint-named town opening with a rarer given name stays a place', () => {
    expect(typeOf('Bombs also hit the Zion Church in the eastern city of Batticaloa.', 'Zion Church')).not.toBe(
      'person',
    );
    expect(
      typeOf('Police shot the suspect in Sesto San Giovanni, near Milan, on Friday.', 'Sesto San Giovanni'),
    ).not.toBe('person');
  });
});

describe('a nationality word alone', () => {
  it('is no entity ("Irish soccer manager")', () => {
    const es = findEntities(makeDoc({ text: 'Irish soccer manager Mick McCarthy on Friday named his team.' }, res));
    expect(es.some((e) => e.name === 'Irish')).toBe(false);
  });
});
