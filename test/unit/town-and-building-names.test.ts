// Issue #10/#11 (types from evidence): local crime news names a small town after "in" ("a day care in Roy") and a
// hospital or street after its town ("Gary Methodist Hospital", "Rosamond Boulevard"); the tagger reads such names as
// people, and a person's name then hides the town the incident happened in. Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import type { Candidate } from '../../src/extract/mentions.js';
import type { IncidentEntity, PlaceEntity } from '../../src/extract/types.js';
import { res } from '../helpers/resources.js';
import { candidatesOver, type Piece } from '../helpers/entity-rules.js';

/** runs the entity rules over pieces of `text` as the tagger typed them; the candidates after them */
const rulesOver = (text: string, pieces: Piece[], sure = false): Candidate[] => candidatesOver(text, pieces, sure).kept;
const typed = (cands: Candidate[]) => cands.map((c) => `${c.type}:${c.text}`);
const run = (text: string) => extract({ text, published: '2019-10-14' }, res).entities;

describe('entities/name-ends-in-venue-head: a building named after a town or a person', () => {
  it('"Gary Methodist Hospital": a name ending in a site head word is a site, not a person', () => {
    const cands = rulesOver('The three men were taken to Gary Methodist Hospital on Friday.', [
      ['person', 'Gary Methodist Hospital'],
    ]);
    expect(typed(cands)).toEqual(['place:Gary Methodist Hospital']);
    expect(cands[0]!.rules).toContain('entities/name-ends-in-venue-head');
  });

  it('a head shared by bodies and buildings ("Centre") does not make a person a site', () => {
    const cands = rulesOver('The award went to Mary Anne Centre last year.', [['person', 'Mary Anne Centre']]);
    expect(typed(cands)).toEqual(['person:Mary Anne Centre']);
  });

  it("the hospital's short name joins it, so the town it is named after is no person's name", () => {
    const text =
      'Two men were wounded in a shooting in Gary on Saturday night. Both were taken to Gary Methodist Hospital, ' +
      'and one was later released from Gary Methodist, police said.';
    const ents = run(text);
    expect(ents.filter((e) => e.type === 'person').map((e) => e.name)).toEqual([]);
    const inc = ents.find((e): e is IncidentEntity => e.type === 'incident');
    expect(inc?.place).toBe('Gary');
  });
});

describe('entities/town-after-locative', () => {
  it('"a day care in Roy": a town the gazetteer knows, after "in", is a place, and so is its other mention', () => {
    const text = 'She ran a day care in Roy for years. Roy neighbours left flowers on Monday.';
    const cands = rulesOver(text, [
      ['person', 'Roy'],
      ['person', 'Roy', text.indexOf('Roy') + 1],
    ]);
    expect(typed(cands)).toEqual(['place:Roy', 'place:Roy']);
    expect(cands[1]!.rules).toContain('entities/town-after-locative');
  });

  it('"Mike Smith of Buckner": a town already read as a place after "in" is no person elsewhere', () => {
    const text = 'The shooting happened at a farm in Buckner. The victim, Mike Smith of Buckner, died on Monday.';
    expect(
      typed(
        rulesOver(text, [
          ['place', 'Buckner'],
          ['person', 'Buckner', text.indexOf('Buckner') + 1],
        ]),
      ),
    ).toEqual(['place:Buckner', 'place:Buckner']);
  });

  it('a person stays a person: after no locative, in a possessive, or a name the tagger is sure of', () => {
    expect(typed(rulesOver('A letter from Roy arrived on Monday.', [['person', 'Roy']]))).toEqual(['person:Roy']);
    expect(typed(rulesOver("Nothing changed in Roy's case, his lawyer said.", [['person', 'Roy']]))).toEqual([
      'person:Roy',
    ]);
    expect(typed(rulesOver('He met her in Roy on Monday.', [['person', 'Roy']]))).toEqual(['place:Roy']);
    expect(typed(rulesOver('He met her in Roy on Monday.', [['person', 'Roy']], true))).toEqual(['person:Roy']);
  });
});

describe('entities/venue-short-form: not a town a street is named after', () => {
  it('"Rosamond Boulevard" … "a shooting in Rosamond": the bare name is the town', () => {
    const text =
      'A teenager was killed in a shooting in Rosamond on Thursday, deputies said. ' +
      'Deputies closed Rosamond Boulevard for several hours.';
    const places = run(text).filter((e): e is PlaceEntity => e.type === 'place');
    const town = places.find((p) => p.name === 'Rosamond');
    expect(town?.placeKind).toBe('city');
    expect(town?.country).toBe('US');
    const inc = run(text).find((e): e is IncidentEntity => e.type === 'incident');
    expect(inc?.place).toBe('Rosamond');
  });
});

describe('entities/place-before-resident-noun: the county vouches for its town', () => {
  it('"the Cypress home" in a story that names Harris County: a city the gazetteer puts in that county is a place', () => {
    const text = 'Neighbours said the Cypress home was quiet. Harris County deputies are investigating.';
    expect(typed(rulesOver(text, [['person', 'Cypress']]))).toEqual(['place:Cypress']);
    // without the county the article must write the town as a place some other way
    expect(typed(rulesOver('Neighbours said the Cypress home was quiet.', [['person', 'Cypress']]))).toEqual([
      'person:Cypress',
    ]);
  });
});
