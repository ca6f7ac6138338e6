// Issue #10 (MUC-4 victims): three gaps in who an attack was aimed at. A bare harm participle after a person noun is a
// reduced relative clause (rule role.reduced-relative-harmed), not an active verb whose subject did it; "slaying" and
// "slain" tell a murder as "murder" and "murdered" do; and a sentence after the attack that says its target came out
// unhurt names the main incident's victim though it has no incident word (rule incidents/orphan-unhurt-target).
// Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { extractedVictims as victims, rolePhrasesIn } from '../helpers/incident-roles.js';

const phrasesOf = (s: string, role: 'victim' | 'perpetrator'): string[] =>
  rolePhrasesIn(s)
    .filter((p) => p.role === role && !p.personOnly)
    .map((p) => p.text);

describe('role.reduced-relative-harmed', () => {
  it('reads the noun before "killed in" as the one harmed, not the attacker', () => {
    const s = 'Hundreds of mourners followed the coffins of the four teachers killed in the market explosion.';
    expect(phrasesOf(s, 'victim')).toContain('four teachers');
    expect(phrasesOf(s, 'perpetrator')).not.toContain('four teachers');
  });

  it('reads "murdered last week by" as passive: the nurses suffered it, the gunmen did it', () => {
    const s = 'The two nurses murdered last week by masked gunmen were laid to rest on Sunday.';
    expect(phrasesOf(s, 'victim')).toContain('two nurses');
    expect(phrasesOf(s, 'perpetrator')).toContain('masked gunmen');
  });

  it('leaves an active verb with its object alone: the subject did it', () => {
    const s = 'Villagers said soldiers killed three farmers near the river.';
    expect(phrasesOf(s, 'victim')).not.toContain('soldiers');
  });

  it('leaves "shot at", whose object follows the preposition', () => {
    expect(phrasesOf('Two guards shot at the fleeing car.', 'victim')).not.toContain('Two guards');
  });
});

describe('slaying and slain', () => {
  it('finds a murder told as a slaying, its victim the possessor', () => {
    expect(victims("The archbishop condemned the three nuns' slaying in a sermon on Sunday.")).toContain('three nuns');
  });

  it('finds the slain and their killers', () => {
    expect(victims('Four peasants were slain by an armed band in the hills on Tuesday.')).toContain('Four peasants');
  });
});

describe('incidents/orphan-unhurt-target', () => {
  it('gives the main incident the people a later sentence says escaped unhurt', () => {
    const text =
      'Rebels set off a bomb at a radio station in the capital on Monday night. ' +
      'Fortunately, the two technicians who were on duty escaped unhurt.';
    expect(victims(text)).toContain('two technicians');
  });
});
