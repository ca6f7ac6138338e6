// A dateline stays the place it was filed from even when the story is about a club or firm of that city
// (rule entities/dateline-place), and treaty and accord titles are no person, body or place (entities.lawTails).
// Every sentence here is written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { res } from '../helpers/resources.js';

const NAMED = new Set(['person', 'organization', 'place']);
const nodes = (text: string) => extract({ text }, res).entities.filter((e) => NAMED.has(e.type));
const typesOf = (text: string, mention: string) =>
  nodes(text)
    .filter((e) => e.mentions.some((m) => m.text === mention))
    .map((e) => e.type);

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
