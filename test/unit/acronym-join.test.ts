// A body named only by its acronym in one article joins the one stored body that carries that acronym, when the
// articles share another entity (src/resolution/acronym-join.ts). Names invented for these tests.
import { describe, expect, it } from 'vitest';
import { acronymsText, joinLoneAcronym, loneAcronymOf } from '../../src/resolution/acronym-join.js';
import { extract } from '../../src/extract/index.js';
import { res } from '../helpers/resources.js';

const board = {
  key: 'org:name:coastal-waters-safety-board',
  name: 'Coastal Waters Safety Board',
  names: ['Coastal Waters Safety Board', 'CWSB'],
  context: ['place:geo:1', 'place:country:AU'],
};

describe('acronym join', () => {
  it('reads the acronym of a body known only by it', () => {
    expect(loneAcronymOf({ key: 'org:name:cwsb', name: 'CWSB', aliases: [] })).toBe('CWSB');
    expect(
      loneAcronymOf({
        key: 'org:name:coastal-waters-safety-board',
        name: 'Coastal Waters Safety Board',
        aliases: ['CWSB'],
      }),
    ).toBeNull();
    expect(loneAcronymOf({ key: 'org:known:fbi', name: 'FBI', aliases: [] })).toBeNull();
  });

  it('stores the names of acronym shape a body is looked up by, each between spaces', () => {
    expect(acronymsText('Coastal Waters Safety Board', ['CWSB', 'Coastal Board', 'G7', 'Cwsb'])).toBe(' CWSB G7 ');
    // not the name itself, not a word in capitals too long for an acronym
    expect(acronymsText('CWSB', ['CWSB', 'COASTGUARD'])).toBeNull();
  });

  it('joins the only bearer when the articles share a named entity other than a country', () => {
    const j = joinLoneAcronym('CWSB', 'org:name:cwsb', ['place:geo:1'], [board], 'a_2');
    expect(j?.to).toBe(board.key);
    expect(j?.reason).toContain('"CWSB" alone');
    expect(joinLoneAcronym('CWSB', 'org:name:cwsb', ['place:country:AU'], [board], 'a_2')).toBeNull();
  });

  it('joins no one when two bodies carry the acronym', () => {
    const other = { ...board, key: 'org:name:central-west-sports-bureau', name: 'Central West Sports Bureau' };
    expect(joinLoneAcronym('CWSB', 'org:name:cwsb', ['place:geo:1'], [board, other], 'a_2')).toBeNull();
  });

  it('a dateline sentence opening "The ACRONYM" names a body, without the determiner', () => {
    const r = extract(
      { text: 'HOBART, Australia — The CWSB said on Friday that the ferry fire began in the engine room.' },
      res,
    );
    const named = r.entities.filter((e) => e.type !== 'incident' && e.mentions.some((m) => m.text.includes('CWSB')));
    expect(named.map((e) => [e.type, e.name])).toEqual([['organization', 'CWSB']]);
  });
});
