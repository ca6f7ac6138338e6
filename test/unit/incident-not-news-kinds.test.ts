// Wire stories whose words of harm tell no incident (issue #10): road and air accidents, crime statistics and
// anniversaries (rules incident/accident, incident/running-total, incident/remembered). Each kind has a control that
// keeps a real incident told in like words. Texts written for these tests.
import { describe, expect, it } from 'vitest';
import type { IncidentEntity } from '../../src/extract/types.js';
import { run } from '../helpers/extracted-places.js';

const incidents = (text: string, title?: string) =>
  run({ text, ...(title ? { title } : {}) }).filter((e): e is IncidentEntity => e.type === 'incident');

describe('accidents (incident/accident)', () => {
  it('a jet that skids off a runway, a pile-up and a crash named with a possessive are no incidents', () => {
    expect(
      incidents(
        'A passenger jet skidded off the runway at Velmor airport on Friday, killing nine people, officials said.',
      ),
    ).toEqual([]);
    expect(
      incidents(
        'Four people were killed on Monday when some 20 cars piled up in dense fog on the coast road, police said.',
      ),
    ).toEqual([]);
    expect(incidents('Two passengers were killed in Sunday’s crash near Velmor, the airline said.')).toEqual([]);
    expect(incidents('Six people died in a motorway pile-up near Velmor on Tuesday.')).toEqual([]);
  });

  it('a car that hit a tree, an aircraft that came down and a walker struck by a bus tell accidents', () => {
    expect(
      incidents('Three students were killed late on Friday when their car hit a tree outside Velmor, police said.'),
    ).toEqual([]);
    expect(
      incidents('A light aircraft came down in a field near Velmor on Sunday, killing both people on board.'),
    ).toEqual([]);
    expect(incidents('An elderly man was killed after being struck by a bus in central Velmor on Monday.')).toEqual([]);
  });

  it('keeps a shooting told beside a vehicle', () => {
    const found = incidents('Gunmen opened fire on a bus near Velmor on Friday, killing nine people, officials said.');
    expect(found.map((i) => i.killed)).toEqual([9]);
  });
});

describe('crime statistics (incident/running-total)', () => {
  it('a count of murders in a sentence telling how a crime rate moved is no incident', () => {
    expect(
      incidents(
        'Murders in the port city rose by a third last year, and 412 people were killed, the interior ministry said on Monday.',
      ),
    ).toEqual([]);
    expect(incidents('Kidnappings in the province have fallen sharply, and 35 people were abducted in 2019.')).toEqual(
      [],
    );
  });

  it('keeps the toll of one attack that rose', () => {
    const found = incidents(
      'A car bomb exploded outside a police station in Velmor on Sunday, and the toll rose to 14 when two wounded officers died.',
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.kind).toBe('bombing');
  });
});

describe('anniversaries (incident/remembered)', () => {
  it('keeps an attack on a ceremony of remembrance', () => {
    const found = incidents(
      'A suicide bomber killed 11 people on Sunday at a ceremony held to mark the anniversary of the war’s end in Velmor.',
    );
    expect(found.map((i) => i.killed)).toEqual([11]);
  });
});

describe('a response word in scare quotes (incident/scare-quoted)', () => {
  it('is no arrest', () => {
    expect(
      incidents(
        'Police in Velmor on Friday “arrested” Father Christmas at a shopping centre to raise money for charity.',
      ),
    ).toEqual([]);
  });

  it('keeps an arrest written without quotes, and a quoted phrase that holds more than the word', () => {
    expect(
      incidents('Police in Velmor on Friday arrested a man over the stabbing of a shopkeeper.').map((i) => i.kind),
    ).toContain('arrest');
    expect(
      incidents('Police said they had “arrested two men at a flat in Velmor” on Friday.').map((i) => i.kind),
    ).toContain('arrest');
  });
});
