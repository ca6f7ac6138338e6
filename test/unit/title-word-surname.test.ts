// A surname that is also a title word ("Major", "King", "Bishop") written alone after the article named the person in
// full (entity-rules.ts: title-word-surname).
import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../src/extract/document.js';
import { findEntities } from '../../src/extract/entities.js';
import { res } from '../helpers/resources.js';

const people = (text: string) =>
  findEntities(makeDoc({ text }, res))
    .filter((e) => e.type === 'person')
    .map((e) => `${e.name}: ${e.mentions.map((m) => m.text).join(' | ')}`);

describe('a surname that is also a title word', () => {
  it('is the person named in full earlier', () => {
    const p = people(
      'Former prime minister John Major spoke at a dinner in Leeds on Friday. Major said the party had lost its way. Aides said Major would write a book.',
    );
    expect(p).toEqual(['John Major: John Major | Major | Major']);
  });

  it('also after a quote and before "to"', () => {
    const p = people(
      'Team captain Julia King picked four players on Tuesday. "We are ready," said King. A knee injury forced King to drop one of them.',
    );
    expect(p).toEqual(['Julia King: Julia King | King | King']);
  });

  it('is no person before a noun, after an article or before a name', () => {
    const p = people(
      'Novelist Anna Bishop lives in Cork. Major banks cut rates. The Bishop blessed the crowd. Bishop Tutu was there.',
    );
    expect(p.find((x) => x.startsWith('Anna Bishop'))).toBe('Anna Bishop: Anna Bishop');
    expect(p.join(' ')).not.toMatch(/Major/);
  });
});
