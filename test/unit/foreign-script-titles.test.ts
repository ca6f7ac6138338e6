// A title written before a name in Cyrillic or Greek ("Президент", "Гендиректор", "Ο πρωθυπουργός") is a role, as
// "President" is, not part of the person's name (data/gazetteers/titles.json).
import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../src/extract/document.js';
import { findEntities } from '../../src/extract/entities.js';
import { res } from '../helpers/resources.js';

const people = (text: string) =>
  findEntities(makeDoc({ text }, res))
    .filter((e) => e.type === 'person')
    .map((e) => e.name);

describe('a title in another script', () => {
  it('is left out of the name', () => {
    const p = people(
      'State media quoted Гендиректор Игорь Сечин on the pipeline. Later Министр Сергей Лавров met the envoy in Ankara.',
    );
    expect(p).toContain('Игорь Сечин');
    expect(p).toContain('Сергей Лавров');
    expect(p.some((n) => /Гендиректор|Министр/u.test(n))).toBe(false);
  });
});
