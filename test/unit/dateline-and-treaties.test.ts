// A dateline stays the place it was filed from even when the story is about a club or firm of that city
// (rule entities/dateline-place), and treaty and accord titles are no person, body or place (entities.lawTails).
// Titles of creative works after a noun for the work are no entity either (entities.workNouns), and a name closing its
// sentence drops the sentence's full stop (entities/sentence-final-stop). Every sentence here
// is written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { namedNodes as nodes, typesOf } from '../helpers/named-entities.js';
import { res } from '../helpers/resources.js';

describe('a dateline over a story about a club of its city', () => {
  const story =
    'SOCCER - STRIKER MOVES TO BERGAMO.\nMILAN 2031-08-30\nThe striker left Milan on Friday after four seasons. Milan said the fee was agreed, and Milan fans gave him a farewell.';

  it('is a place, not the club the story names', () => {
    expect(typesOf(story, 'MILAN')).toEqual(['place']);
    expect(typesOf(story, 'Milan')).toContain('organization');
  });

  it('is never read as a person who speaks', () => {
    const text = story + ' AC Milan said it would appeal.';
    expect(typesOf(text, 'MILAN')).toEqual(['place']);
  });
});

describe('treaties and accords', () => {
  it('are no entity, nor is the place in their title', () => {
    const es = nodes(
      'The country ratified the Kyoto Protocol on Tuesday. Diplomats recalled the Dayton Peace Accord and the Good Friday Agreement.',
    );
    const names = es.map((e) => e.name);
    expect(names).not.toContain('Kyoto');
    expect(names).not.toContain('Dayton');
    expect(names.some((n) => /Protocol|Accord|Agreement/.test(n))).toBe(false);
  });

  it('a body whose name goes on after the word keeps it', () => {
    const es = nodes('The North Atlantic Treaty Organization met in Brussels on Friday.');
    expect(es.some((e) => e.type === 'organization')).toBe(true);
  });
});

describe('titles of creative works', () => {
  it('after a noun of a work are no entity ("the film Secrets & Lies", "his novel Bertillon 166")', () => {
    const es = nodes(
      'The director of the film Secrets & Lies spoke on Monday. Her novel Bertillon 166 sold well, and the band released the album Endless Wire.',
    );
    const names = es.map((e) => e.name);
    for (const title of ['Secrets & Lies', 'Bertillon', 'Bertillon 166', 'Endless Wire'])
      expect(names).not.toContain(title);
  });

  it('a full name after the noun stays a person ("the film Steven Spielberg directed")', () => {
    expect(typesOf('In the film Steven Spielberg directed, the hero is a lawyer.', 'Steven Spielberg')).toEqual([
      'person',
    ]);
  });
});

describe('a name whose shortened last word closes the sentence', () => {
  it('is written without the sentence\'s full stop ("... with McDonald & Co.")', () => {
    const es = nodes('The shares were sold through the brokers McDonald & Co.\nThe deal closed on Friday.');
    const m = es.flatMap((e) => e.mentions).find((x) => x.text.startsWith('McDonald'));
    expect(m?.text).toBe('McDonald & Co');
  });

  it('initials keep their stops ("Washington, D.C.", "U.S.")', () => {
    const es = nodes('The delegation then flew to the U.S.\nIt met officials on Friday.');
    expect(es.flatMap((e) => e.mentions).some((x) => x.text === 'U.S.')).toBe(true);
  });
});

describe("a broadcaster's call sign before a dash (rule entities/call-sign-no-dateline)", () => {
  const story =
    "MORE MEDIA KOVX - clip\n\nThree people were shot dead at a berry farm near Woodburn on Monday, sheriff's deputies said.";

  it('is the outlet, not the place the story was filed from', () => {
    expect(typesOf(story, 'KOVX')).not.toContain('place');
  });

  it('does not place the incident', () => {
    const incident = extract({ text: story, published: '2031-06-28' }, res).entities.find((e) => e.type === 'incident');
    expect(incident && 'place' in incident ? incident.place : null).not.toBe('KOVX');
  });

  it('a town the gazetteer knows stays a dateline even when it has the shape of a call sign', () => {
    expect(typesOf('WACO — A man was shot dead on Monday, police said.', 'WACO')).toEqual(['place']);
  });
});
