// Typed links only where the sentence supports them: who the grammatical speaker is, what was said, apposition and
// possessive titles, and no link to the outlet credit. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { findIncidents } from '../../src/extract/incidents.js';
import { findRelations } from '../../src/extract/relations.js';
import type { Relation } from '../../src/extract/types.js';
import { fixture } from './extract-incidents.fixtures.js';

function typedLinks(text: string, specs: Parameters<typeof fixture>[1], source?: string): string[] {
  const { doc, entities } = fixture({ text, published: '2024-03-04', ...(source ? { source } : {}) }, specs);
  const incidents = findIncidents(doc, entities);
  const names = new Map<string, string>([...entities, ...incidents].map((e) => [e.id, e.name]));
  const show = (r: Relation) => `${r.type} ${names.get(r.from)} -> ${names.get(r.to)}${r.label ? ` [${r.label}]` : ''}`;
  return findRelations(doc, entities, incidents)
    .filter((r) => r.type !== 'co_mention')
    .map(show);
}

const speech = (links: string[]) => links.filter((l) => l.startsWith('speech'));

describe('speech: the speaker is the grammatical subject', () => {
  it('a closing attribution by someone else takes the words from the person named first', () => {
    const links = typedLinks(
      'Omar Reyes, a suspect in the bombing in Oldtown, has admitted that he built the device, the state prosecutor’s office said on Monday.',
      [
        { type: 'person', name: 'Omar Reyes' },
        { type: 'place', name: 'Oldtown' },
      ],
    );
    expect(speech(links)).toEqual([]);
  });

  it('a closing attribution by a named person makes that person the speaker of what came before', () => {
    const links = typedLinks(
      'The bombing in Oldtown had been planned for months, Police Chief Lena Ortiz said on Monday.',
      [
        { type: 'person', name: 'Lena Ortiz' },
        { type: 'place', name: 'Oldtown' },
      ],
    );
    expect(speech(links)).toEqual(['speech Lena Ortiz -> Bombing in Oldtown [spoke about]']);
  });

  it('an inverted attribution ("…, said Jane Roe.") names the speaker', () => {
    const links = typedLinks('Nobody had warned the market before the bombing in Oldtown, said Lena Ortiz.', [
      { type: 'person', name: 'Lena Ortiz' },
      { type: 'place', name: 'Oldtown' },
    ]);
    expect(speech(links)).toEqual(['speech Lena Ortiz -> Bombing in Oldtown [spoke about]']);
  });

  it('a name after "said" inside the clause is what was said about, not the speaker', () => {
    const links = typedLinks(
      'The judge called the bombing in Oldtown cowardly and said Omar Reyes had planned it alone.',
      [
        { type: 'person', name: 'Omar Reyes' },
        { type: 'place', name: 'Oldtown' },
      ],
    );
    expect(speech(links)).toEqual([]);
  });

  it('a name inside a quotation does not speak', () => {
    const links = typedLinks('"Omar Reyes said nothing about the bombing in Oldtown," a neighbour recalled.', [
      { type: 'person', name: 'Omar Reyes' },
      { type: 'place', name: 'Oldtown' },
    ]);
    expect(speech(links)).toEqual([]);
  });

  it('an incident named before the speaker in an adverbial ("during the siege") is not what was said', () => {
    const links = typedLinks(
      'During the siege in Oldtown, Karl Vance told a reporter by telephone that he wanted money.',
      [
        { type: 'person', name: 'Karl Vance' },
        { type: 'place', name: 'Oldtown' },
      ],
    );
    expect(speech(links)).toEqual([]);
  });

  it('an incident named after the speech verb is what the speaker spoke about', () => {
    const links = typedLinks('Karl Vance told reporters that the siege in Oldtown would end soon.', [
      { type: 'person', name: 'Karl Vance' },
      { type: 'place', name: 'Oldtown' },
    ]);
    expect(speech(links)).toContain('speech Karl Vance -> Siege in Oldtown [spoke about]');
  });

  it('"he said" goes on with the last speaker, but not in a sentence that names that speaker as someone else\'s subject', () => {
    const links = typedLinks(
      'Lena Ortiz said the city was calm. He then said Lena Ortiz had ordered the bombing in Oldtown.',
      [
        { type: 'person', name: 'Lena Ortiz' },
        { type: 'place', name: 'Oldtown' },
      ],
    );
    expect(speech(links)).toEqual([]);
  });
});

describe('titles and the outlet credit', () => {
  it('"X, head of Y" and "Y\'s X" give roles', () => {
    const links = typedLinks(
      'Lena Ortiz, head of the Harbour Police, spoke first. The Civic Guard’s commander, Karl Vance, spoke next.',
      [
        { type: 'person', name: 'Lena Ortiz' },
        { type: 'organization', name: 'Harbour Police', kind: 'agency' },
        { type: 'person', name: 'Karl Vance' },
        { type: 'organization', name: 'Civic Guard', kind: 'agency' },
      ],
    );
    expect(links).toContain('role Lena Ortiz -> Harbour Police [head]');
    expect(links).toContain('role Karl Vance -> Civic Guard [commander]');
  });

  it('the outlet a dateline credits is never linked, even when a sentence names it', () => {
    const links = typedLinks(
      'OLDTOWN (Harbour Wire) - Karl Vance told Harbour Wire that the market would reopen. Lena Ortiz, a reporter for Harbour Wire, was there.',
      [
        { type: 'person', name: 'Karl Vance' },
        { type: 'organization', name: 'Harbour Wire', kind: 'media' },
        { type: 'person', name: 'Lena Ortiz' },
      ],
    );
    expect(links.filter((l) => l.includes('Harbour Wire'))).toEqual([]);
  });
});
