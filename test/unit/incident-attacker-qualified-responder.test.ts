// A responder noun ("commandos", "snipers") written after a word of an armed movement ("urban commandos", "guerrilla
// snipers") names attackers: what they did is the incident, with its victims, not the response of police or troops
// (rule incidents/attacker-qualified-responder).
import { describe, expect, it } from 'vitest';
import { incidentCuesOf } from '../../src/extract/incident-cues.js';
import { participantNames as role, roleIncidentsOf } from '../helpers/incident-roles.js';
import { res } from '../helpers/resources.js';

describe('a responder noun qualified as attackers (incidents/attacker-qualified-responder)', () => {
  const cues = incidentCuesOf(res.words);

  it('"urban commandos" and "guerrilla snipers" before a verb are no responders; "special commandos" still are', () => {
    expect(cues.responderBefore.test('Urban commandos ')).toBe(false);
    expect(cues.responderBefore.test('the guerrilla snipers ')).toBe(false);
    expect(cues.responderBefore.test('Special commandos ')).toBe(true);
    expect(cues.responderBefore.test('Commandos ')).toBe(true);
  });

  it('"shot dead by rebel snipers" is no shooting by responders', () => {
    expect(cues.responderAfter.test(' by rebel snipers')).toBe(false);
    expect(cues.responderAfter.test(' by police snipers')).toBe(true);
  });

  it('"urban commandos attacked a bus, killing two peasants": the commandos did it, the peasants suffered it', () => {
    const incs = roleIncidentsOf('Urban commandos attacked a bus in Santa Clara on Monday, killing two peasants.');
    expect(role(incs, 'perpetrator', true)).toContain('Urban commandos');
    expect(role(incs, 'victim', true)).toContain('two peasants');
  });

  it('all in capitals, the same', () => {
    const incs = roleIncidentsOf('URBAN COMMANDOS ATTACKED A BUS IN SANTA CLARA ON MONDAY, KILLING TWO PEASANTS.');
    expect(role(incs, 'victim', true)).toContain('TWO PEASANTS');
  });
});
