// Sports copy names clubs by their towns and counties: set against another side the name is the club (rule
// entities/club-by-its-town) and so where it is written again with no word of place before it (entities/club-named-again), in a results line too unless the place fields a national side (entities/results-line-club,
// entities.nationsWithSides); a competition the clubs play in is no node (entities/sport-competition-name), though the
// same head ends a body outside sports copy. Every sentence here is written for these tests.
import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../src/extract/document.js';
import { ENTITY_RULES } from '../../src/extract/entity-rules.js';
import type { Candidate } from '../../src/extract/mentions.js';
import { namedNodes as nodes, typesOf } from '../helpers/named-entities.js';
import { res } from '../helpers/resources.js';

const match = `RUGBY UNION - HARLOW EXTEND LEAD AT THE TOP.
LONDON 2031-05-04
Harlow scored four tries in a 31-12 victory over Leeds on Saturday to stay top of the league, while Exeter lost 20-6 to Bristol in front of a small crowd.
The coach said his players would face France in a friendly match later in the season.
`;

describe('a town set against another side in sports copy', () => {
  it('"lost 20-6 to Bristol": the club', () => {
    expect(typesOf(match, 'Bristol')).toEqual(['organization']);
  });

  it('a country stays a place: national sides are named by their country', () => {
    expect(typesOf(match, 'France')).toEqual(['place']);
  });

  it('outside sports copy the same words leave the town a place', () => {
    const text = 'Three people were hurt when a lorry lost control on the road to Bristol on Monday, police said.\n';
    expect(typesOf(text, 'Bristol')).toEqual(['place']);
  });
});

describe('a club named by its town again (entities/club-named-again)', () => {
  const rule = ENTITY_RULES.find((r) => r.id === 'entities/club-named-again')!;
  const text = `CRICKET - DURHAM CLOSE IN ON TITLE.
LEEDS 2031-07-09
Sussex lost to Durham by six wickets on Friday.
After a slow start, Durham never looked back, and the fans in Durham cheered.
`;
  const cand = (type: Candidate['type'], from: string, name = 'Durham'): Candidate => {
    const start = text.indexOf(from) + from.indexOf(name);
    return { type, start, end: start + name.length, text: name, sentence: 0, gaz: [], source: 'tagger', roles: [] };
  };

  it('is the club where no word of place comes before it, the town after one', () => {
    const doc = makeDoc({ text }, res);
    const cands = [cand('organization', 'to Durham'), cand('place', 'start, Durham'), cand('place', 'in Durham')];
    rule.run(doc, cands);
    expect(cands.map((c) => c.type)).toEqual(['organization', 'organization', 'place']);
  });

  it('outside sports copy the town stays a place', () => {
    const plain = 'Sussex Holdings sold its stake to Durham Capital. After a slow start, Durham recovered.';
    const doc = makeDoc({ text: plain }, res);
    const at = plain.indexOf('start, Durham') + 7;
    const org = plain.indexOf('Durham Capital');
    const cands: Candidate[] = [
      {
        type: 'organization',
        start: org,
        end: org + 6,
        text: 'Durham',
        sentence: 0,
        gaz: [],
        source: 'tagger',
        roles: [],
      },
      { type: 'place', start: at, end: at + 6, text: 'Durham', sentence: 1, gaz: [], source: 'tagger', roles: [] },
    ];
    rule.run(doc, cands);
    expect(cands.map((c) => c.type)).toEqual(['organization', 'place']);
  });
});

describe('a results line', () => {
  const results = `SOCCER - INTERNATIONAL RESULTS.
GLASGOW 2031-05-04
Results of international matches on Friday:
England 2 Scotland 1
Wales 0 Northern Ireland 0
`;
  it('a home nation fields a national side: the place, not a club', () => {
    for (const n of ['England', 'Scotland', 'Wales', 'Northern Ireland'])
      expect(typesOf(results, n)).toEqual(['place']);
  });
});

describe('a competition in sports copy', () => {
  const standings = `BASEBALL - MAJOR LEAGUE RESULTS.
NEW YORK 2031-05-04
Results of games played on Friday:
Western League
Chicago 4 Houston 3
Eastern League
Boston 2 Atlanta 1
`;
  it('is no node', () => {
    const names = nodes(standings).map((e) => e.name);
    expect(names).not.toContain('Western League');
    expect(names).not.toContain('Eastern League');
    expect(names).toContain('Houston');
  });

  it('outside sports copy the same head ends a body', () => {
    const text =
      'The Awami League called a general strike in Dhaka on Sunday, and the police said they would keep the roads open.\n';
    expect(typesOf(text, 'Awami League')).toEqual(['organization']);
  });
});
