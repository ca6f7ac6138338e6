// Issue #10, participants with roles. A body written as the modifier of a weapon or an assault used it ("a Houthi
// drone", "an SAF airstrike", "regime helicopters": rule perpetrator/actor-modifies-weapon); a nationality adjective
// names no body ("a Russian drone"). "The nephew of President X was shot": the nephew was harmed, X was not (rule
// victim/described-by-relation). Sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import type { IncidentEntity } from '../../src/extract/types.js';
import { res } from '../helpers/resources.js';

const incidents = (text: string) =>
  extract({ text, published: '2024-03-12' }, res).entities.filter((e): e is IncidentEntity => e.type === 'incident');
const roleOf = (text: string, role: 'perpetrator' | 'victim', described = false) =>
  incidents(text).flatMap((i) =>
    i.participants.filter((p) => p.role === role && (p.described ?? false) === described).map((p) => p.name),
  );

describe('a body written before a weapon or an assault used it (perpetrator/actor-modifies-weapon)', () => {
  it.each([
    ['A Houthi drone hit a cargo ship in the Red Sea near Mocha on Sunday, wounding three crew members.', 'Houthis'],
    [
      "An SAF airstrike destroyed a clinic in Mellit in Sudan's North Darfur state on Saturday, killing seven patients, medics said.",
      'Sudanese Armed Forces',
    ],
    [
      'Sudanese Armed Forces warplanes bombed a cattle market in Kutum on Friday, killing 11 herders.',
      'Sudanese Armed Forces',
    ],
  ])('%s', (text, body) => {
    expect(roleOf(text, 'perpetrator')).toContain(body);
    expect(roleOf(text, 'victim')).not.toContain(body);
  });

  it('a state force noun before a weapon is described as the attacker', () => {
    const text = 'Regime helicopters dropped barrel bombs on the village of Kafr Zita on Monday, killing five farmers.';
    expect(roleOf(text, 'perpetrator', true).map((n) => n.toLowerCase())).toContain('regime');
  });

  it('"the regime" as the subject of a verb of shelling did it', () => {
    const text =
      'The Syrian regime shelled the market town of Saraqib on Tuesday, killing eight shoppers, activists said.';
    expect(roleOf(text, 'perpetrator', true)).toContain('Syrian regime');
  });

  it('a nationality adjective before a weapon names no body: the maker is not always the user', () => {
    const text =
      'A Russian drone hit a grain silo outside Izmail on Thursday, killing two night guards, the governor said.';
    expect(roleOf(text, 'perpetrator')).toEqual([]);
  });

  it('a body whose weapons were the target did not attack', () => {
    const text = 'Coalition jets carried out strikes on Houthi drone sites near Sanaa on Friday, killing four people.';
    expect(roleOf(text, 'perpetrator')).not.toContain('Houthis');
  });
});

describe('a relative or an aide named by someone else (victim/described-by-relation)', () => {
  it('the nephew of a president was shot: the nephew is the victim, not the president', () => {
    const text =
      'The nephew of President Tomas Ferreyra was shot dead outside a bar in Rosario on Saturday, police said.';
    expect(roleOf(text, 'victim')).not.toContain('Tomas Ferreyra');
    expect(roleOf(text, 'victim', true)).toContain('nephew');
  });

  it('gunmen killed the bodyguard of a mayor: the bodyguard is the victim', () => {
    const text = 'Gunmen killed the bodyguard of Mayor Julia Castelo in Tepic on Monday, prosecutors said.';
    expect(roleOf(text, 'victim')).not.toContain('Julia Castelo');
    expect(roleOf(text, 'victim', true)).toContain('bodyguard');
  });

  it('the one named alone is still the victim', () => {
    const text = 'Gunmen shot dead Mayor Julia Castelo outside her office in Tepic on Monday, prosecutors said.';
    expect(roleOf(text, 'victim')).toContain('Julia Castelo');
  });
});

describe('a text that says no one was harmed states a toll of 0 (casualty/none-killed, casualty/none-injured)', () => {
  const tolls = (text: string) => incidents(text).map((i) => [i.killed, i.injured]);

  it('"no one was hurt": none killed and none injured', () => {
    const text =
      'A grenade went off outside a police post in Garissa on Tuesday night. No one was hurt, officials said.';
    expect(tolls(text)).toEqual([[0, 0]]);
  });

  it('"no fatalities were reported" says nothing of the wounded', () => {
    const text = 'Rebels fired mortar shells at an army camp near Beni on Sunday. No fatalities were reported.';
    expect(tolls(text)).toEqual([[0, null]]);
  });

  it('a count stated elsewhere wins over the 0', () => {
    const text =
      'A car bomb exploded near a checkpoint in Kirkuk on Monday, wounding four police officers. No one was killed, police said.';
    expect(tolls(text)).toEqual([[0, 4]]);
  });
});
