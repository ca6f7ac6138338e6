// (rule incidents/bracket-label) Transcripts of broadcasts put the reporter's byline and each speaker's tag in square
// brackets before what they say; such a name is no word of the clause after it, so it is never read as the subject of
// an incident word nor as its premodifier ("[NAME] AN ATTACK" is not "the NAME attack").
import { describe, expect, it } from 'vitest';
import { isBracketLabel } from '../../src/extract/incidents.js';
import type { EntitySpec } from '../unit/extract-incidents.fixtures.js';
import { participantNames as role, roleIncidentsOf } from '../helpers/incident-roles.js';

const REPORTERS: EntitySpec[] = [
  { type: 'person', name: 'MARTA QUIROGA', forms: ['QUIROGA'] },
  { type: 'place', name: 'SANTA CLARA', country: 'CU' },
];

const at = (text: string, name: string): boolean => {
  const start = text.indexOf(name);
  return isBracketLabel(text, start, start + name.length);
};

describe('a name alone in square brackets before what is said is a label', () => {
  it('a byline before the text of a report is not the victim of the attack the report opens with', () => {
    const incs = roleIncidentsOf(
      'SANTA CLARA, 4 MAR 90 (RADIO RELOJ) -- [REPORT] [MARTA QUIROGA] [TEXT] AN ATTACK ON A POLICE POST IN SANTA CLARA LEFT TWO AGENTS WOUNDED.',
      REPORTERS,
    );
    expect(incs.length).toBeGreaterThan(0);
    expect(role(incs, 'victim', false)).not.toContain('MARTA QUIROGA');
  });

  it('a speaker tag opening a sentence is not the one the bomb after it harmed', () => {
    const incs = roleIncidentsOf(
      'A BOMB WENT OFF IN SANTA CLARA TONIGHT.  [QUIROGA] THE BOMB DESTROYED A BUS AND WOUNDED THREE PASSENGERS.',
      REPORTERS,
    );
    expect(role(incs, 'victim', false)).not.toContain('MARTA QUIROGA');
    expect(role(incs, 'victim', true).join(' ')).toMatch(/PASSENGERS/);
  });

  it('the tag and the byline are labels; a gloss after a name and a name in the clause are not', () => {
    expect(at('-- [REPORT] [MARTA QUIROGA] [TEXT] KIDNAPPING IS RIFE.', 'MARTA QUIROGA')).toBe(true);
    expect(at('TONIGHT.  [QUIROGA] THE BOMB WENT OFF.', 'QUIROGA')).toBe(true);
    // a gloss of the name before it: "the Front [FLN] guerrillas attacked"
    expect(at('THE NATIONAL FRONT [FLN] GUERRILLAS ATTACKED A POST.', 'FLN')).toBe(false);
    // an editor's insertion that is the subject of its verb
    expect(at('He said: [Quiroga] was shot twice in the leg.', 'Quiroga')).toBe(false);
  });
});

describe('near miss: a bracketed name inside the clause stays a participant', () => {
  it('an insertion after a verb of saying is the subject of the passive after it', () => {
    const incs = roleIncidentsOf('POLICE SAID [MARTA QUIROGA] WAS SHOT DEAD IN SANTA CLARA ON MONDAY.', REPORTERS);
    expect(role(incs, 'victim', false)).toContain('MARTA QUIROGA');
  });
});
