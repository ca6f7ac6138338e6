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

  it('does not take a point of reference read late in the clause for the scene', () => {
    const text =
      'DEDHAM, Mass. -- The second suspect was arrested on Friday night, found hiding in a garden shed behind a ' +
      'house in this small town south of Boston, ending a two-day search.';
    const places = incidents({ text, published: '2013-04-20' }).map((i) => i.place);
    expect(places).toEqual(['Dedham']);
  });
});

describe('a later sentence that says where the event took place (rule place/scene-statement)', () => {
  it('places a lede event with no place of its own there, not at the dateline', () => {
    const text =
      'BOGOTA, 10 SEP 89 (WIRE) -- Masked men today broke into a cattle ranch owned by a senator and set fire to ' +
      'the stables. The incident occurred in Tulua, the ranch foreman told reporters.';
    const [arson] = incidents({ text, published: '1989-09-10' });
    expect(arson?.place).toBe('Tulua');
    expect(arson?.merges?.join(' ')).toMatch(/scene-statement/);
  });

  it('replaces a point of reference the lede measured the scene from, and keeps one incident', () => {
    const text =
      'BOGOTA, 10 SEP 89 (WIRE) -- Two soldiers died today when rebels attacked an army patrol at a bridge outside ' +
      'Cali. The army said the attack took place in Tulua, where the patrol had stopped for fuel.';
    const found = incidents({ text, published: '1989-09-10' });
    expect(found.map((i) => i.place)).toEqual(['Tulua']);
  });

  it('keeps the dateline when the statement only measures the scene from a town', () => {
    const text =
      'BOGOTA, 10 SEP 89 (WIRE) -- Masked men today broke into a cattle ranch owned by a senator and set fire to ' +
      'the stables. The incident took place 40 km from Cali, the ranch foreman told reporters.';
    const [arson] = incidents({ text, published: '1989-09-10' });
    expect(arson?.place).toBe('Bogotá');
    expect(arson?.merges?.join(' ')).toMatch(/dateline-of-the-lede/);
  });
});

describe('a region that names the target after "on" (rule place/named-target)', () => {
  it('is no place of the attack: the town after it is (a wire in capitals)', () => {
    const text =
      'BOGOTA, 26 JUN 89 (WIRE) -- GUERRILLAS BLEW UP A SECTION OF THE LINE LAST NIGHT IN A FRESH ATTACK ON THE ' +
      'PACIFIC OIL PIPELINE IN YUMBO, THE STATE OIL COMPANY SAID.';
    const attack = incidents({ text, published: '1989-06-26' }).find((i) => /attack|bombing|explosion/.test(i.kind));
    expect(attack?.place).toMatch(/^Yumbo\b/);
  });
});
