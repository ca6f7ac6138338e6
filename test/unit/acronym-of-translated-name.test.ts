// An acronym and the body's name spelled out in the same article are one node, also where the name was translated
// from the language the acronym was made in, so its initials come in another order or with one word more
// (src/extract/acronym-initials.ts; rules entities/acronym-of-translated-name and entities/acronym-of-body-in-article).
// Every sentence and body here is made up for these tests.
import { describe, expect, it } from 'vitest';
import { acronymFit, nameInitials } from '../../src/extract/acronym-initials.js';
import { extract } from '../../src/extract/index.js';
import { res, withoutRules } from '../helpers/resources.js';

const JOIN = 'entities/acronym-of-translated-name';
const READ = 'entities/acronym-of-body-in-article';
const skip = new Set(['of', 'the', 'and', 'for', 'de']);

const bodies = (text: string, r = res) =>
  extract({ text }, r).entities.flatMap((e) =>
    e.type === 'organization' ? [{ name: e.name, aliases: e.aliases, merges: e.merges ?? [] }] : [],
  );

describe('acronymFit', () => {
  it('reads the initials of a name without its small words, at spaces and hyphens', () => {
    expect(nameInitials('Union of Coastal Fishermen-Workers', skip)).toBe('UCFW');
    expect(nameInitials('"Popular" Front for Reform', skip)).toBe('PFR');
  });

  it('fits letters in order, in another order, or with one initial more', () => {
    expect(acronymFit('UCF', 'Union of Coastal Fishermen', skip)).toBe('in-order');
    expect(acronymFit('MRP', 'Popular Revolutionary Movement', skip)).toBe('reordered');
    expect(acronymFit('Mrp', 'Popular Revolutionary Movement', skip)).toBe('reordered');
    expect(acronymFit('FPLN', 'Fonseca Popular National Liberation Front', skip)).toBe('one-word-more');
  });

  it('fits no name that lacks a letter, has once a letter the acronym has twice, or has two words more', () => {
    expect(acronymFit('MRP', 'Popular Democratic Movement', skip)).toBeNull();
    expect(acronymFit('PPC', 'Popular Coastal Union', skip)).toBeNull();
    expect(acronymFit('MRP', 'Popular Revolutionary Movement of Southern Workers', skip)).toBeNull();
    // two letters only in order: reordered they fit too many names
    expect(acronymFit('RM', 'Movement for Reform', skip)).toBeNull();
    expect(acronymFit('M-19', 'Nineteen Movement', skip)).toBeNull();
  });
});

describe('entities/acronym-of-translated-name', () => {
  const text =
    'Leaders of the Popular Revolutionary Movement met in the capital on Tuesday. ' +
    'A spokesman said the MRP would take part in the vote.';

  it('joins an acronym to the one body whose translated name holds its letters, keeping the reason', () => {
    const joined = bodies(text).find((b) => b.aliases.includes('MRP'));
    expect(joined?.name).toBe('Popular Revolutionary Movement');
    expect(joined?.merges.join(' ')).toContain('another order');
    expect(bodies(text, withoutRules(JOIN)).filter((b) => b.name === 'MRP')).toHaveLength(1);
  });

  it("joins no known body's acronym to a name of other words", () => {
    // "PLA" is a known army's acronym; a party whose translated name has its letters is another body
    const known = 'THE AUTHENTIC LIBERAL PARTY MET ON MONDAY. THE PLA HELD EXERCISES NEAR THE BORDER.';
    expect(bodies(known).find((b) => b.aliases.includes('PLA') || b.name === 'PLA')?.aliases ?? []).not.toContain(
      'AUTHENTIC LIBERAL PARTY',
    );
  });

  it('joins nothing when two bodies of the article fit alike', () => {
    const two = `${text} The Movement of Revolutionary Peasants rejected the plan.`;
    expect(bodies(two).find((b) => b.name === 'MRP')?.aliases ?? []).toEqual([]);
  });
});

describe('entities/acronym-of-body-in-article', () => {
  const caps =
    'THE RADICAL CIVIC ALLIANCE CONDEMNED THE BOMBING ON MONDAY. AN ACR DEPUTY SAID THE PARTY WOULD NOT YIELD.';

  it('reads a word in capitals spelling a body of the article as its acronym, joined to it', () => {
    const alliance = bodies(caps).find((b) => b.name === 'Radical Civic Alliance');
    expect(alliance?.aliases).toContain('ACR');
    expect(bodies(caps, withoutRules(READ, JOIN)).some((b) => b.aliases.includes('ACR'))).toBe(false);
  });

  it('reads no word of English as an acronym, even when its letters fit', () => {
    const word = 'THE ARMED RESISTANCE TEAM CONDEMNED THE BOMBING. THE RAT WAS SEEN NEAR THE BARRACKS.';
    expect(bodies(word).some((b) => b.name === 'RAT' || b.aliases.includes('RAT'))).toBe(false);
    // a word of English that is also a name, and a month's short name in a date
    const van = 'THE NATIONAL ALLIANCE OF VETERANS MET ON MONDAY. A VAN CARRIED THE DELEGATES HOME.';
    expect(bodies(van).some((b) => b.aliases.includes('VAN'))).toBe(false);
    const month = 'LIMA, 4 MAR 90 -- THE MOVEMENT OF ARMED RESISTANCE CLAIMED THE ATTACK.';
    expect(bodies(month).some((b) => b.name === 'MAR' || b.aliases.includes('MAR'))).toBe(false);
  });
});
