// A unit perpetrator whose name opens with an armed group's name ("an ELN cell", "Shining Path columns") is the
// group's unit: the group did it too (rule perpetrator/group-named-unit). Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import type { IncidentEntity } from '../../src/extract/types.js';
import { res, withoutRules } from '../helpers/resources.js';

const perpetrators = (text: string, r = res): string[] =>
  extract({ text }, r)
    .entities.filter((e): e is IncidentEntity => e.type === 'incident')
    .flatMap((i) => i.participants.filter((p) => p.role === 'perpetrator').map((p) => p.name));

const ABDUCTION =
  'LIMA, 3 MAR 90 -- POLICE SOURCES SAID TODAY THAT 12 FARMERS WERE ABDUCTED LAST WEEK BY SHINING PATH COLUMNS NEAR HUANTA. THE SHINING PATH HAS BEEN ACTIVE IN THE AREA.';

describe('perpetrator/group-named-unit', () => {
  it('columns named by the group they belong to: the group is a perpetrator too', () => {
    const names = perpetrators(ABDUCTION);
    expect(names).toContain('Shining Path Columns');
    expect(names).toContain('Shining Path');
  });

  it('a cell named by an armed group known by its short form', () => {
    const names = perpetrators(
      'CALI, 3 MAR 90 -- A DUTCH ENGINEER WHO HAD BEEN KIDNAPPED BY AN ELN CELL WAS RELEASED TODAY. THE ELN HAS HELD HIM SINCE JANUARY.',
    );
    expect(names).toEqual(expect.arrayContaining(['ELN Cell', 'ELN']));
  });

  it('switched off, the unit stays the only body', () => {
    expect(perpetrators(ABDUCTION, withoutRules('perpetrator/group-named-unit'))).not.toContain('Shining Path');
  });
});
