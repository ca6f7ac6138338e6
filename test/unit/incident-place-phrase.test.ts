// The place an incident's own phrase writes: how far into its clause it is read, and which words before a place make
// it the scene. Texts written for these tests.
import { describe, expect, it } from 'vitest';
import type { IncidentEntity } from '../../src/extract/types.js';
import { run, type TestArticle } from '../helpers/extracted-places.js';

const incidents = (input: TestArticle) => run(input).filter((e): e is IncidentEntity => e.type === 'incident');

describe("an incident's own phrase (rule place/own-phrase-reach)", () => {
  it('reads a town named late in its clause, past the day and the way the victims went', () => {
    const text =
      'LIMA, 4 MAY 90 (WIRE) -- A mining engineer was kidnapped today in the city of Cusco by unknown men, his ' +
      'company said. Two other engineers from Arequipa were kidnapped on 1 and 2 May on their way home from a long ' +
      'shift at the copper smelter in Huancayo.';
    const places = incidents({ text, published: '1990-05-04' }).map((i) => i.place);
    expect(places).toEqual(['Cusco', 'Huancayo']);
  });
});
