// Issue #11: US local news writes a town where the word-cluster tagger reads a body or a person ("a Fort Worth
// mother", "the St. Cloud neighborhood"), or leaves its dateline untagged. The entity rules make them places.
import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../src/extract/mentions.js';
import { makeDoc } from '../../src/extract/document.js';
import { applyEntityRules } from '../../src/extract/entity-rules.js';
import { candidatesOver, type Piece } from '../helpers/entity-rules.js';
import { res } from '../helpers/resources.js';

/** runs the entity rules over the given pieces of `text`, as the tagger typed them; the candidates after them */
const rulesOver = (text: string, pieces: Piece[]): Candidate[] => candidatesOver(text, pieces).kept;
const typed = (cands: Candidate[]) => cands.map((c) => `${c.type}:${c.text}`);

describe('entities/place-before-resident-noun', () => {
  it('"a Fort Worth mother": a large city before a noun for a resident is a place, not a body', () => {
    const cands = rulesOver('Police said a Fort Worth mother was arrested on Tuesday.', [
      ['organization', 'Fort Worth'],
    ]);
    expect(typed(cands)).toEqual(['place:Fort Worth']);
    expect(cands[0]!.rules).toContain('entities/place-before-resident-noun');
  });

  it('"An East Memphis man": the article the tagger took in is cut off, the compass word stays', () => {
    const cands = rulesOver('An East Memphis man was charged on Friday with murder.', [
      ['organization', 'An East Memphis'],
    ]);
    expect(typed(cands)).toEqual(['place:East Memphis']);
  });

  it('"a Salisbury home": a smaller town counts when the article also writes it as a place', () => {
    const text = 'Bullets hit a Salisbury home overnight. Nobody else was hurt in Salisbury, police said.';
    expect(typed(rulesOver(text, [['person', 'Salisbury']]))).toEqual(['place:Salisbury']);
    // written once, after "the": "the Salisbury home" may be a family's
    expect(typed(rulesOver('Bullets hit the Salisbury home overnight.', [['person', 'Salisbury']]))).toEqual([
      'person:Salisbury',
    ]);
  });

  it('"a Leeds striker", "a Tyler man": a noun of sport, or a lone given name, keeps what the tagger said', () => {
    expect(typed(rulesOver('He was fouled by a Leeds striker on Saturday.', [['organization', 'Leeds']]))).toEqual([
      'organization:Leeds',
    ]);
    expect(typed(rulesOver('Witnesses saw a Tyler man run away.', [['person', 'Tyler']]))).toEqual(['person:Tyler']);
  });
});

describe('entities/place-before-local-agency', () => {
  it('"Houston police investigators": a large city of a state the article names is the place its police serve', () => {
    const text = 'He told Houston police investigators what he saw. Texas law bars leaving guns unsecured.';
    expect(typed(rulesOver(text, [['organization', 'Houston']]))).toEqual(['place:Houston']);
    // a word no gazetteer lists as a large city stays a body ("Metro police")
    expect(typed(rulesOver('He told Metro police what he saw.', [['organization', 'Metro']]))).toEqual([
      'organization:Metro',
    ]);
  });
});

describe('entities/saint-prefix-joins-name', () => {
  it('"the St. Cloud neighborhood": a saint prefix typed alone takes the name after it, a known town is a place', () => {
    const cands = rulesOver('Neighbours in the St. Cloud neighborhood heard shots.', [['organization', 'St.']]);
    expect(typed(cands)).toEqual(['place:St. Cloud']);
    expect(cands[0]!.rules).toContain('entities/saint-prefix-joins-name');
  });

  it('"a robbery in St. Paul": the saint\'s name the tagger read as a person joins the prefix, one town', () => {
    const text = 'Two men were hurt in a robbery in St. Paul on Monday.';
    const cands = rulesOver(text, [
      ['place', 'St.'],
      ['person', 'Paul'],
    ]);
    expect(typed(cands)).toEqual(['place:St. Paul']);
    expect(cands[0]!.rules).toContain('entities/saint-prefix-joins-name');
  });

  it('a name running past the words the prefix takes stays as the tagger typed it', () => {
    const text = 'Two men were hurt near St. Peter Paul Mbeki Street on Monday.';
    const cands = rulesOver(text, [
      ['place', 'St.'],
      ['place', 'Peter Paul Mbeki Street'],
    ]);
    expect(typed(cands)).toEqual(['place:St.', 'place:Peter Paul Mbeki Street']);
  });
});

describe('entities/service-name-before-posted-item', () => {
  it('"in a Snapchat video": a name no gazetteer knows before a posted thing is the service, not a place', () => {
    const cands = rulesOver('The boy admitted the killing in a Kwikgram video he sent from the car.', [
      ['place', 'Kwikgram'],
    ]);
    expect(typed(cands)).toEqual(['organization:Kwikgram']);
    expect(cands[0]!.rules).toContain('entities/service-name-before-posted-item');
  });

  it('a town the gazetteer knows before such a noun, or a name after "the", stays a place', () => {
    expect(typed(rulesOver('A Chicago video shows the car speeding away.', [['place', 'Chicago']]))).toEqual([
      'place:Chicago',
    ]);
    expect(typed(rulesOver('He was filmed at the Kwikgram post on the hill.', [['place', 'Kwikgram']]))).toEqual([
      'place:Kwikgram',
    ]);
  });
});

describe('entities/dateline-place', () => {
  it('a dateline the tagger left untagged is added as a place when the gazetteer knows it', () => {
    const cands = rulesOver('GRANITE FALLS, N.C. (WKTV) – A teenager was shot on Friday.', []);
    expect(typed(cands)).toEqual(['place:GRANITE FALLS']);
    expect(cands[0]!.rules).toContain('entities/dateline-place');
    // capitals no gazetteer knows are left alone
    expect(rulesOver('BREAKING NEWS – A teenager was shot on Friday.', [])).toEqual([]);
  });

  it('a dateline whose name sounds like a building is a town, not a venue ("FALLS CHURCH, Va. —")', () => {
    const text = 'FALLS CHURCH, Va. — A man was shot outside a bar on Saturday.';
    const doc = makeDoc({ text }, res);
    const cands: Candidate[] = [
      {
        type: 'place',
        start: 0,
        end: 12,
        text: 'FALLS CHURCH',
        sentence: 0,
        gaz: [],
        source: 'tagger',
        roles: [],
        venue: true,
      },
    ];
    applyEntityRules(doc, cands);
    expect(cands.map((c) => [c.text, c.type, c.venue])).toEqual([['FALLS CHURCH', 'place', undefined]]);
  });

  it('a dateline the tagger read only a part of is the whole name the gazetteer knows', () => {
    const cands = rulesOver('BOILING SPRINGS — A man was shot outside a bar on Saturday.', [['place', 'SPRINGS']]);
    expect(typed(cands)).toEqual(['place:BOILING SPRINGS']);
    expect(cands[0]!.rules).toContain('entities/dateline-place');
    // a part of capitals no gazetteer knows as a whole stays as it was
    expect(typed(rulesOver('WEST KABUL — A bomb went off on Saturday.', [['place', 'KABUL']]))).toEqual([
      'place:KABUL',
    ]);
  });
});

describe('entities/state-abbreviation-after-place', () => {
  it('the abbreviated state written after a town is that state, not a place of its own name', () => {
    const ga = rulesOver('A man was shot dead in Macon, Ga., on Sunday.', [
      ['place', 'Macon'],
      ['organization', 'Ga'],
    ]);
    // the abbreviation keeps its full stop ("Ga."), though the tagger's token ended before it
    expect(typed(ga)).toEqual(['place:Macon', 'place:Ga.']);
    expect(ga[1]!.gaz.map((e) => e.kind === 'region' && [e.country, e.name])).toEqual([['US', 'Georgia']]);
    expect(ga[1]!.rules).toContain('entities/state-abbreviation-after-place');
    const ca = rulesOver('Police in Fresno, Calif., found the car.', [
      ['place', 'Fresno'],
      ['person', 'Calif.'],
    ]);
    expect(ca[1]!.gaz.map((e) => e.kind === 'region' && [e.country, e.name])).toEqual([['US', 'California']]);
    // a full name is left to the gazetteer as it was
    const full = rulesOver('A man was shot dead in Macon, Georgia, on Sunday.', [
      ['place', 'Macon'],
      ['place', 'Georgia'],
    ]);
    expect(full[1]!.rules ?? []).not.toContain('entities/state-abbreviation-after-place');
  });
});
