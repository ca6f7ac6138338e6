// Places the tagger read as bodies or persons, or that a rule dropped: a state before the title of its office
// ("Texas governor"), a sea or region written as a noun ("the Caribbean"), and a body's Arabic name whose article is
// written small ("al-Jazeera").
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import type { Candidate } from '../../src/extract/mentions.js';
import { res } from '../helpers/resources.js';
import { candidatesOver } from '../helpers/entity-rules.js';

const typed = (text: string) =>
  extract({ id: 't', text }, res)
    .entities.filter((e) => e.type === 'person' || e.type === 'organization' || e.type === 'place')
    .map((e) => `${e.type}:${e.name}`);

/** runs the entity rules over one piece of `text`, as the tagger typed it */
const ruleOver = (text: string, type: Candidate['type'], piece: string): Candidate =>
  candidatesOver(text, [[type, piece]]).made[0]!;

describe('entities/place-before-office-title', () => {
  it('"Utah governor Jane Roe": a state before the title of its office and a name is that state', () => {
    const c = ruleOver('Utah governor Jane Roe sent the National Guard on Monday.', 'organization', 'Utah');
    expect(c.type).toBe('place');
    expect(c.rules).toContain('entities/place-before-office-title');
    expect(ruleOver('The bill was signed by Oregon Governor John Doe.', 'person', 'Oregon').type).toBe('place');
  });

  it('keeps what the tagger said before a title of sport, or with no name after the title', () => {
    expect(ruleOver('Bolton manager Sam Smith was sacked.', 'organization', 'Bolton').type).toBe('organization');
    expect(ruleOver('The Utah governor said no.', 'organization', 'Utah').rules ?? []).not.toContain(
      'entities/place-before-office-title',
    );
  });
});

describe('entities/regional-adjective: a known region written as a noun', () => {
  it('"in the Caribbean thanks to", "over the Atlantic on", "the Mediterranean coast" are places', () => {
    expect(typed('Tourism made the island rich, one of the richest in the Caribbean thanks to its beaches.')).toContain(
      'place:Caribbean',
    );
    expect(typed('The storm moved over the Atlantic on Sunday.')).toContain('place:Atlantic');
    expect(typed('A plant will be built on the Mediterranean coast by 2030.')).toContain('place:Mediterranean');
  });

  it('a regional adjective before a noun still describes and names nothing', () => {
    const names = typed('Central Asian migrants crossed the border, and Caribbean leaders met.');
    expect(names).not.toContain('place:Central Asian');
    expect(names).not.toContain('place:Caribbean');
  });
});

describe('gazetteer/lower-case-arabic-article', () => {
  it('"al-Jazeera" and "al-Arabiya" are the known outlets "Al-Jazeera" and "Al-Arabiya"', () => {
    expect(typed('The tape was aired by the satellite channel al-Jazeera on Friday.')).toContain(
      'organization:Al Jazeera',
    );
    expect(typed('He told the channel al-Arabiya that the talks had failed.')).toContain('organization:Al Arabiya');
  });
});

describe('titles of an office-holder in waiting', () => {
  it('"Prime Minister-designate X", "Governor-elect Y": the title is no person of its own', () => {
    const names = typed('The party chose Prime Minister-designate Omar Haddad, who met Governor-elect Mary Stone.');
    expect(names).toContain('person:Omar Haddad');
    expect(names).toContain('person:Mary Stone');
    expect(names.filter((n) => /designate|elect/i.test(n))).toEqual([]);
  });
});
