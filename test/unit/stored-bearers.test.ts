// storedBearers (src/graph/person-identity.ts): how many known people bear a surname, counted as joinLoneSurname counts
// a surname alone's candidates, which decides whether the stored surnames alone are read at all.
import { describe, expect, it } from 'vitest';
import { storedBearers } from '../../src/graph/person-identity.js';

const row = (surname: string, key: string) => ({ surname, key, joins: [] });

describe('storedBearers', () => {
  it('counts each person once, qualified namesakes as people of their own', () => {
    const rows = [
      row('quillane', 'person:ida quillane'),
      row('quillane', 'person:ida quillane'),
      row('quillane', 'person:ida quillane#ie'),
      row('ferris', 'person:abel ferris'),
    ];
    expect(storedBearers(rows, 'quillane')).toBe(2);
    expect(storedBearers(rows, 'ferris')).toBe(1);
    expect(storedBearers(rows, 'moss')).toBe(0);
  });

  it('counts no key whose own surname is another one', () => {
    expect(storedBearers([row('quillane', 'person:titled:judge:quillane')], 'quillane')).toBe(0);
  });
});
