// Sports copy says what a club is with a noun right before its name ("Dutch side Harlem"): the name is the club
// (rule entities/club-after-team-noun). Every sentence here is written for these tests.
import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../src/extract/document.js';
import { ENTITY_RULES } from '../../src/extract/entity-rules.js';
import type { Candidate } from '../../src/extract/mentions.js';
import { taggerSpan } from '../helpers/entity-rules.js';
import { res } from '../helpers/resources.js';

describe('entities/club-after-team-noun', () => {
  const rule = ENTITY_RULES.find((r) => r.id === 'entities/club-after-team-noun')!;
  const cand = (text: string, type: Candidate['type'], from: string, name: string, sure = false): Candidate =>
    taggerSpan(type, text.indexOf(from) + from.indexOf(name), name, 0, sure);
  const sport = `SOCCER - CUP DRAW.
ROME 2031-02-11
Second division team Porto Vesme will meet Dutch side Harlem, and Italian club Verona face Wales in the final. Team captain Marco Rossi scored twice in the league.
`;

  it('a name right after "team", "side" or "club" in sports copy is the club, whatever it was read as', () => {
    const doc = makeDoc({ text: sport }, res);
    const cands = [
      cand(sport, 'person', 'team Porto Vesme', 'Porto Vesme'),
      cand(sport, 'place', 'side Harlem', 'Harlem'),
      cand(sport, 'place', 'club Verona', 'Verona'),
    ];
    rule.run(doc, cands);
    expect(cands.map((c) => c.type)).toEqual(['organization', 'organization', 'organization']);
  });

  it('in copy in capitals the noun is in capitals too', () => {
    const caps = sport.toUpperCase();
    const doc = makeDoc({ text: caps }, res);
    const cands = [cand(caps, 'person', 'SIDE HARLEM', 'HARLEM')];
    rule.run(doc, cands);
    expect(cands.map((c) => c.type)).toEqual(['organization']);
  });

  it('a person after a title and a name after any other word keep their type', () => {
    const doc = makeDoc({ text: sport }, res);
    const cands = [
      cand(sport, 'person', 'captain Marco Rossi', 'Marco Rossi', true),
      cand(sport, 'place', 'face Wales', 'Wales'),
    ];
    rule.run(doc, cands);
    expect(cands.map((c) => c.type)).toEqual(['person', 'place']);
  });

  it('outside sports copy the noun says nothing', () => {
    const plain = 'The rescue team Harlem sent arrived late, said the mayor of the town.\n';
    const doc = makeDoc({ text: plain }, res);
    const cands = [cand(plain, 'place', 'team Harlem', 'Harlem')];
    rule.run(doc, cands);
    expect(cands.map((c) => c.type)).toEqual(['place']);
  });
});
