// mentions.ts: one hyphenated word of nationalities or group words ("Israeli-Palestinian", "Muslim-majority") describes
// something and names nothing.
import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../src/extract/document.js';
import { findEntities } from '../../src/extract/entities.js';
import { res } from '../helpers/resources.js';

const entities = (text: string) => findEntities(makeDoc({ text }, res)).map((e) => `${e.type}:${e.name}`);

describe('a hyphenated word of nationalities or group words', () => {
  it('is no entity', () => {
    const e = [
      ...entities(
        'A wire report from Amman said there is still room for progress in Israeli-Palestinian negotiations.',
      ),
      ...entities("Officers say gunmen behind attacks in Thailand's Muslim-majority south train in Malaysia."),
    ];
    expect(e).toEqual(expect.arrayContaining(['place:Thailand', 'place:Malaysia']));
    expect(e.filter((x) => /-/.test(x))).toEqual([]);
  });

  it('leaves a hyphenated place whose parts are places', () => {
    expect(entities('Floods hit Bosnia-Herzegovina on Monday.')).toContain('place:Bosnia and Herzegovina');
  });
});
