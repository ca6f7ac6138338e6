// (rule role.list-bare-semicolon) A semicolon separates the items of a list only where the items carry appositions
// ("killing A, 42; B, a driver; C"); one right after the phrase that opens the list, with no such item before it, ends
// the clause, and the names after it (often a list of their own, of those blamed or sacked) are no more of the harmed.
import { describe, expect, it } from 'vitest';
import { rolePhrasesIn } from '../helpers/incident-roles.js';

const victims = (s: string): string[] =>
  rolePhrasesIn(s)
    .filter((p) => p.role === 'victim')
    .map((p) => p.text);

describe('a bare semicolon after the first item ends the list', () => {
  it('the officers named after the semicolon are those blamed, not more of the dead', () => {
    const found = victims(
      'The union wants three officers sacked for the killing of four farm workers; General Pedro Lanza, Colonel Rui Soto and Major Ivo Bran, for ordering it.',
    );
    expect(found.join(' | ')).toMatch(/farm workers/);
    expect(found.join(' | ')).not.toMatch(/Lanza|Soto|Bran/);
  });

  it('in capitals, the same', () => {
    const found = victims(
      'THEY DEMAND THE DISMISSAL OF TWO COLONELS OVER THE MURDER OF THE THREE NUNS; COLONEL PEDRO LANZA AND COLONEL RUI SOTO, WHO GAVE THE ORDER.',
    );
    expect(found.join(' | ')).toMatch(/THREE NUNS/);
    expect(found.join(' | ')).not.toMatch(/LANZA|SOTO/);
  });
});

describe('near miss: a list whose items carry appositions goes on past its semicolons', () => {
  it('"killing A, 42; B, a driver; and C" lists all three', () => {
    const found = victims('The blast killed Marta Quiroga, 42; Pedro Lanza, a driver; and Ivo Bran, a student.');
    expect(found.join(' | ')).toMatch(/Marta Quiroga/);
    expect(found.join(' | ')).toMatch(/Pedro Lanza/);
    expect(found.join(' | ')).toMatch(/Ivo Bran/);
  });

  it('a bare semicolon after an item with its apposition is still a separator', () => {
    const found = victims('The bomb killed Marta Quiroga, 42; Pedro Lanza; and Ivo Bran, a student.');
    expect(found.join(' | ')).toMatch(/Pedro Lanza/);
    expect(found.join(' | ')).toMatch(/Ivo Bran/);
  });
});

describe('near miss: a first item with no apposition, then items with theirs', () => {
  it('"the injured were: a taxi driver; A, a beggar asleep nearby; and B, a baker" lists the named too', () => {
    const found = victims(
      'Injured by the blast were: a taxi driver; Pedro Lanza, a street vendor who slept by the door; and Ivo Bran, a baker.',
    );
    expect(found.join(' | ')).toMatch(/Pedro Lanza/);
    expect(found.join(' | ')).toMatch(/Ivo Bran/);
  });
});
