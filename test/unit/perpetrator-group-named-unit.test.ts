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
  'LIMA, 3 March 1990 -- Police sources said today that 12 farmers were abducted last week by Shining Path Columns near Huanta. The Shining Path has been active in the area.';

describe('perpetrator/group-named-unit', () => {
  it('columns named by the group they belong to: the group is a perpetrator too', () => {
    const names = perpetrators(ABDUCTION);
    expect(names).toContain('Shining Path Columns');
    expect(names).toContain('Shining Path');
  });

  it('in capitals the plural after the name is no part of it: the group itself is the perpetrator', () => {
    // (rule entities/caps-known-name-runs-on ends the known name before an inflected English word)
    expect(perpetrators(ABDUCTION.toUpperCase())).toEqual(['Shining Path']);
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
