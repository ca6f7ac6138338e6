// titleBefore / titleAt: the longest title of the lexicon that ends before, or starts at, a token.
import { describe, expect, it } from 'vitest';
import { titleAt, titleBefore } from '../../src/extract/mention-words.js';
import type { NameLexicons } from '../../src/extract/lexicons.js';

const titles = ['director general', 'deputy director general', 'general', 'mayor', 'vice mayor'];
const names = { titles: { set: new Set(titles), maxWords: 3 } } as unknown as NameLexicons;
const words = (s: string) => s.split(' ');

describe('titles around a name', () => {
  it('finds the longest title ending before a token, whatever its case or closing full stop', () => {
    const w = words('the Deputy Director General Ana Ruiz said');
    expect(titleBefore(names, w, 4)).toEqual([1, 'Deputy Director General']);
    expect(titleBefore(names, words('Vice Mayor. Ana'), 2)).toEqual([0, 'Vice Mayor.']);
    expect(titleBefore(names, w, 3)).toBeNull(); // "Director" ends no title
    expect(titleBefore(names, w, 0)).toBeNull();
    expect(titleBefore(names, words('the General'), 2)).toEqual([1, 'General']);
  });

  it('finds the longest title starting at a token', () => {
    const w = words('Ana Ruiz , director general of the agency');
    expect(titleAt(names, w, 3)).toEqual([5, 'director general']);
    expect(titleAt(names, w, 4)).toEqual([5, 'general']);
    expect(titleAt(names, w, 0)).toBeNull();
    expect(titleAt(names, w, w.length)).toBeNull();
    expect(titleAt(names, words('Vice Mayor'), 0)).toEqual([2, 'Vice Mayor']);
  });
});
