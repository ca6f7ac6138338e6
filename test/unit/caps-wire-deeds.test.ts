// Wire copy in capitals (issue #10): a group's name that runs on into "OF <gerund>", a group's people as the subject of
// "committed the crime", a deed verb of machine-gun fire, a place named with a particle ("X DE Y") and a list item
// with an "of" complement. Every sentence here is written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import type { IncidentEntity } from '../../src/extract/types.js';
import { res } from '../helpers/resources.js';

const entities = (text: string) => extract({ text }, res).entities;
const incidents = (text: string) => entities(text).filter((e): e is IncidentEntity => e.type === 'incident');
const role = (text: string, r: string) =>
  incidents(text).flatMap((i) => i.participants.filter((p) => p.role === r).map((p) => p.name.toLowerCase()));

const dateline = 'SAN VICENTE, 14 FEB 90 (RADIO) -- [TEXT] ';

describe('a name never runs on into "OF" and a gerund', () => {
  it('ends the group before "OF BURNING" / "OF BEING"', () => {
    const names = entities(
      dateline +
        'THE GOVERNOR TODAY ACCUSED THE FPMR OF BURNING FOUR TRUCKS ON THE PANAMERICAN HIGHWAY. THE VILLAGERS HAD BEEN ACCUSED BY THE ELN OF BEING ARMY SPIES.',
    ).map((e) => e.name.toLowerCase());
    expect(names.some((n) => / of (?:burning|being)/.test(n))).toBe(false);
  });

  it('keeps a body whose head word the gerund follows', () => {
    const names = entities(dateline + 'THE NATIONAL INSTITUTE OF MINING ISSUED A REPORT ON THE HARVEST YESTERDAY.').map(
      (e) => e.name.toLowerCase(),
    );
    expect(names).toContain('national institute of mining');
  });
});

describe("a group's people as the subject of a verb of attack", () => {
  it('takes the group as the doer of "<GROUP> GUERRILLAS COMMITTED THE CRIME"', () => {
    const text =
      dateline + 'A JUDGE WAS SHOT DEAD IN ZACATECOLUCA. THE POLICE SAID THAT FMLN GUERRILLAS COMMITTED THE CRIME.';
    expect(role(text, 'perpetrator')).toContain('fmln');
  });

  it('does not take a group whose people did no deed', () => {
    const text = dateline + 'A JUDGE WAS SHOT DEAD IN ZACATECOLUCA. FMLN GUERRILLAS DENIED ANY PART IN IT.';
    expect(role(text, 'perpetrator')).not.toContain('fmln');
  });
});

describe('machine-gun fire as a deed', () => {
  it('reports an incident for "THE FMLN MACHINEGUNNED A BUS"', () => {
    const found = incidents(dateline + 'THE FMLN MACHINEGUNNED A BUS ON THE ROAD TO ZACATECOLUCA YESTERDAY.');
    expect(found).toHaveLength(1);
    expect(found[0]!.participants.some((p) => p.role === 'perpetrator' && p.name === 'FMLN')).toBe(true);
  });

  it('reads "strafed" and "machine-gunned" after a named group in mixed case too', () => {
    expect(incidents(dateline + 'The ELN strafed a police post near the bridge on Sunday.')).toHaveLength(1);
    expect(incidents(dateline + 'The FMLN machine-gunned a bus near the bridge on Sunday.')).toHaveLength(1);
  });
});

describe('the spelling of wire copy', () => {
  it('reads "STRAFFED" as "strafed" after a named group', () => {
    const found = incidents(dateline + 'THE FMLN STRAFFED A POLICE POST ON THE HIGHWAY YESTERDAY.');
    expect(found).toHaveLength(1);
  });
});

describe('a place named with a particle stays one place', () => {
  it('reads "SANTA ROSA DE LIMA" as one place, not Santa Rosa and Lima', () => {
    const places = entities(dateline + 'THE POLICE CHIEF OF SANTA ROSA DE LIMA SAID THAT A JUDGE WAS KILLED THERE.')
      .filter((e) => e.type === 'place')
      .map((e) => e.name.toLowerCase());
    expect(places).toContain('santa rosa de lima');
    expect(places).not.toContain('lima');
  });

  it('leaves a place in mixed case alone', () => {
    const places = entities('Rebels attacked a post in Santa Rosa on Sunday; de facto rule ended.')
      .filter((e) => e.type === 'place')
      .map((e) => e.name);
    expect(places).toContain('Santa Rosa');
  });
});

describe('a list item with an "of" complement', () => {
  it('counts "THE MAYOR OF <TOWN> AND TWO BODYGUARDS" as three, subject or object', () => {
    for (const text of [
      'THE MAYOR OF SAN MIGUEL AND TWO BODYGUARDS WERE KILLED BY GUERRILLAS YESTERDAY.',
      'GUERRILLAS KILLED THE MAYOR OF SAN MIGUEL AND TWO BODYGUARDS YESTERDAY.',
    ]) {
      const [incident] = incidents(dateline + text);
      expect(incident?.killed).toBe(3);
      const victims = role(dateline + text, 'victim');
      expect(victims.some((v) => v.endsWith('mayor'))).toBe(true);
      expect(victims.some((v) => v.endsWith('bodyguards'))).toBe(true);
    }
  });
});
