// Issue 11: junk and mistyped nodes. A determiner before a name used as a modifier, a regnal numeral, a common word
// capitalised for emphasis, a group shortened to its namesake, a team named after its city. Every sentence here is
// written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { res } from '../helpers/resources.js';
import type { Entity } from '../../src/extract/types.js';
import { makeDoc } from '../../src/extract/document.js';
import { applyEntityRules } from '../../src/extract/entity-rules.js';
import type { Candidate } from '../../src/extract/mentions.js';

const nodes = (text: string) =>
  extract({ text }, res).entities.filter((e): e is Exclude<Entity, { type: 'incident' }> => e.type !== 'incident');
const typed = (es: ReturnType<typeof nodes>) => es.map((e) => `${e.type}:${e.name}`);

describe('entity junk rules (issue 11)', () => {
  it('mentions/determiner-opens-no-name: an article before a city used as a modifier is no part of its name', () => {
    const es = nodes(
      'A Bordeaux court on Thursday fined two dockers for smuggling cigarettes. An Istanbul newspaper said the ship was Turkish. Every Madrid daily ran the story on its front page.',
    );
    const t = typed(es);
    expect(t.filter((n) => /:(?:A|An|Every) /.test(n))).toEqual([]);
    expect(t).toContain('place:Istanbul');
    // "A." is an initial, not the article
    const batting = typed(nodes('Yorkshire 312 (A. Pemberton 88, J. Radley 41; C. Ogden 4-52).'));
    expect(batting).toContain('person:A. Pemberton');
  });

  it('mentions/regnal-numeral-in-name: a regnal numeral inside or after a name keeps one person', () => {
    const t = typed(
      nodes(
        "Sweden's King Carl XVI Gustaf opened a new bridge near Uppsala on Tuesday, the royal court said. Thousands lined the road to see him.",
      ),
    );
    expect(t).toContain('person:Carl XVI Gustaf');
    expect(t).not.toContain('person:Carl');
    expect(t.some((n) => /:XVI/.test(n))).toBe(false);
  });

  it('entities/common-word-alone: a capitalised common word alone is no place', () => {
    const t = typed(
      nodes(
        'Thousands of fans travelled to Edinburgh for the opening night of the Festival on Friday. The police said the crowd at the Festival was calm, and Festival staff handed out water.',
      ),
    );
    expect(t).toContain('place:Edinburgh');
    expect(t.filter((n) => /Festival/.test(n))).toEqual([]);
    // "the town of Hit": the text says it is a place
    expect(typed(nodes('Fighting spread on Monday to the town of Hit, on the Euphrates.'))).toContain('place:Hit');
  });

  it('entities/namesake-of-armed-group: a group shortened to its namesake is that group, not a person', () => {
    const es = nodes(
      'Police said Tupac Amaru commandos seized a bus near Huancayo on Saturday. A spokesman for Tupac Amaru later denied that any passenger had been hurt.',
    );
    expect(es.filter((e) => e.type === 'person').map((e) => e.name)).toEqual([]);
    const group = es.find((e) => e.type === 'organization' && e.name === 'MRTA');
    expect(group?.mentions.map((m) => m.text)).toEqual(['Tupac Amaru', 'Tupac Amaru']);
  });

  it('entities/namesake-of-armed-group: in capitals, a body run on over the noun for its fighters ends before it', () => {
    const es = nodes(
      'HUANCAYO, 4 MAY 90 -- TUPAC AMARU REBELS BLEW UP TWO PYLONS NEAR THE CITY LAST NIGHT, THE ARMY SAID.',
    );
    expect(es.filter((e) => /REBELS/i.test(e.name))).toEqual([]);
    expect(es.find((e) => e.name === 'MRTA')?.mentions.map((m) => m.text)).toEqual(['TUPAC AMARU']);
  });

  it('entities/namesake-of-armed-group: a word that opens a group\'s name ("Real IRA") is no namesake', () => {
    const text = 'Fans of Real cheered in the square after the final whistle.';
    const doc = makeDoc({ text }, res);
    const c: Candidate = {
      type: 'organization',
      start: text.indexOf('Real'),
      end: text.indexOf('Real') + 4,
      text: 'Real',
      sentence: 0,
      gaz: [],
      source: 'tagger',
      roles: [],
    };
    applyEntityRules(doc, [c]);
    expect(c.gaz).toEqual([]);
    expect(c.rules ?? []).not.toContain('entities/namesake-of-armed-group');
  });

  it('entities/namesake-of-armed-group: a person of the same name, with no group in sight, stays a person', () => {
    const t = typed(nodes('Manuel Rodriguez, a farmer from the valley, said the rains had ruined his maize.'));
    expect(t).toContain('person:Manuel Rodriguez');
  });

  it('entities/place-then-person: a place name running on over a given name is not split ("San Diego Padres")', () => {
    const t = typed(nodes('The San Diego Padres beat Colorado 6-2 on Sunday, their fourth win in a row.'));
    expect(t.filter((n) => /Diego/.test(n))).toEqual(['organization:San Diego Padres']);
  });
});
