import { describe, expect, it } from 'vitest';
import { findIncidents } from '../../src/extract/incidents.js';
import { CO_MENTION_MAX_ENTITIES, findRelations } from '../../src/extract/relations.js';
import type { Relation } from '../../src/extract/types.js';
import { fixture } from './extract-incidents.fixtures.js';

function relationsOf(text: string, specs: Parameters<typeof fixture>[1], published?: string) {
  const { doc, entities } = fixture({ text, ...(published ? { published } : {}) }, specs);
  const incidents = findIncidents(doc, entities);
  const relations = findRelations(doc, entities, incidents);
  const names = new Map<string, string>([...entities, ...incidents].map((e) => [e.id, e.name]));
  for (const r of relations) {
    for (const ev of r.evidence) {
      const s = doc.sentences[ev.sentence]!;
      expect(ev.start).toBeGreaterThanOrEqual(s.start);
      expect(ev.end).toBeLessThanOrEqual(s.end);
      expect(ev.end).toBeGreaterThan(ev.start);
    }
  }
  const show = (r: Relation) => `${r.type} ${names.get(r.from)} -> ${names.get(r.to)}${r.label ? ` [${r.label}]` : ''}`;
  return { relations, shown: relations.map(show), text, incidents, entities };
}

const evidenceText = (text: string, r: Relation | undefined) => r?.evidence.map((e) => text.slice(e.start, e.end));

describe('findRelations: roles and affiliations', () => {
  it('reads titles in apposition, before a name, and after a possessive', () => {
    const { shown } = relationsOf(
      'Maria Costa, the deputy director of the National Crime Agency, spoke first. Later, Interpol Secretary General Lars Berg replied. The Gazette quoted Tom Reed, Europol’s chief analyst.',
      [
        { type: 'person', name: 'Maria Costa' },
        { type: 'organization', name: 'National Crime Agency', kind: 'agency' },
        { type: 'organization', name: 'Interpol', kind: 'institution' },
        { type: 'person', name: 'Lars Berg' },
        { type: 'organization', name: 'The Gazette', kind: 'media' },
        { type: 'person', name: 'Tom Reed' },
        { type: 'organization', name: 'Europol', kind: 'institution' },
      ],
    );
    expect(shown).toContain('role Maria Costa -> National Crime Agency [deputy director]');
    expect(shown).toContain('role Lars Berg -> Interpol [Secretary General]');
    expect(shown).toContain('role Tom Reed -> Europol [chief analyst]');
    expect(shown.filter((s) => s.startsWith('role'))).toHaveLength(3);
  });

  it('tells membership from a position', () => {
    const { shown } = relationsOf(
      'Ali Hassan, a senior member of the Eastern Front, was detained. Eastern Front fighter Omar Said fled. Karl Weiss joined the Northern Brigade in 2019.',
      [
        { type: 'person', name: 'Ali Hassan' },
        { type: 'organization', name: 'Eastern Front', kind: 'armed_group' },
        { type: 'person', name: 'Omar Said' },
        { type: 'person', name: 'Karl Weiss' },
        { type: 'organization', name: 'Northern Brigade', kind: 'armed_group' },
      ],
    );
    expect(shown).toContain('affiliation Ali Hassan -> Eastern Front [member]');
    expect(shown).toContain('affiliation Omar Said -> Eastern Front [fighter]');
    expect(shown).toContain('affiliation Karl Weiss -> Northern Brigade [joined]');
    expect(shown.some((s) => s.startsWith('role'))).toBe(false);
  });

  it('reads an apposition whose noun the organisation modifies, with or without an age', () => {
    const { shown } = relationsOf(
      'Samir Nadim, a senior Eastern Front operative, was killed. Jane Holt, 52, a Harbour Police inspector, gave evidence. Tom Vale, 31, a member of the Coast Guard, was praised. Rita Moss, a Harbour Police supporter, wrote in.',
      [
        { type: 'person', name: 'Samir Nadim' },
        { type: 'organization', name: 'Eastern Front', kind: 'armed_group' },
        { type: 'person', name: 'Jane Holt' },
        { type: 'organization', name: 'Harbour Police', kind: 'police' },
        { type: 'person', name: 'Tom Vale' },
        { type: 'organization', name: 'Coast Guard', kind: 'agency' },
        { type: 'person', name: 'Rita Moss' },
      ],
    );
    expect(shown).toContain('affiliation Samir Nadim -> Eastern Front [operative]');
    expect(shown).toContain('role Jane Holt -> Harbour Police [inspector]');
    expect(shown).toContain('affiliation Tom Vale -> Coast Guard [member]');
    expect(shown).toContain('affiliation Rita Moss -> Harbour Police [supporter]');
    // a noun that is neither a title nor membership says nothing: "a Harbour Police car"
    const car = relationsOf('Ben Ode, a Harbour Police driver, was hurt.', [
      { type: 'person', name: 'Ben Ode' },
      { type: 'organization', name: 'Harbour Police', kind: 'police' },
    ]).shown;
    expect(car.filter((s) => !s.startsWith('co_mention'))).toEqual([]);
  });

  it('reads "chaired by" after a body, and a free word before a title ("a police officer at")', () => {
    const { shown } = relationsOf(
      'The Oversight Committee (OC), chaired by Sir Alan Price, met. Nina Lund, a police officer at the Harbour Institute, was hurt. Eli Bran, the deputy director of the Coast Guard, spoke.',
      [
        { type: 'organization', name: 'Oversight Committee', kind: 'institution' },
        { type: 'person', name: 'Alan Price' },
        { type: 'person', name: 'Nina Lund' },
        { type: 'organization', name: 'Harbour Institute', kind: 'institution' },
        { type: 'person', name: 'Eli Bran' },
        { type: 'organization', name: 'Coast Guard', kind: 'agency' },
      ],
    );
    expect(shown).toContain('role Alan Price -> Oversight Committee [chaired]');
    expect(shown).toContain('role Nina Lund -> Harbour Institute [officer]');
    // a modifier stays in the title rather than being taken as the free word
    expect(shown).toContain('role Eli Bran -> Coast Guard [deputy director]');
    // "chaired by" followed by words in lower case is not a name of who leads
    const cousin = relationsOf('The Oversight Committee, founded by a cousin of Alan Price, met.', [
      { type: 'organization', name: 'Oversight Committee', kind: 'institution' },
      { type: 'person', name: 'Alan Price' },
    ]).shown;
    expect(cousin.filter((s) => s.startsWith('role'))).toEqual([]);
  });

  it('reads a claim of allegiance: "X said he had been sent by the Front", "said he acted for"', () => {
    const { shown } = relationsOf(
      'Omar Said said he had been sent by the Eastern Front. Karl Weiss said he acted for the Northern Brigade.',
      [
        { type: 'person', name: 'Omar Said' },
        { type: 'organization', name: 'Eastern Front', kind: 'armed_group' },
        { type: 'person', name: 'Karl Weiss' },
        { type: 'organization', name: 'Northern Brigade', kind: 'armed_group' },
      ],
    );
    expect(shown).toContain('affiliation Omar Said -> Eastern Front [sent by]');
    expect(shown).toContain('affiliation Karl Weiss -> Northern Brigade [acted for]');
  });

  it('"its leader, X" takes the organisation the sentence opens with, and only when no other body comes between', () => {
    const subject = relationsOf(
      'The Eastern Front released a video in which Omar Said praised its leader, Karim Nour.',
      [
        { type: 'organization', name: 'Eastern Front', kind: 'armed_group' },
        { type: 'person', name: 'Omar Said' },
        { type: 'person', name: 'Karim Nour' },
      ],
    ).shown;
    expect(subject).toContain('role Karim Nour -> Eastern Front [leader]');
    const other = relationsOf('The Eastern Front said the Northern Brigade had lost its leader, Karim Nour.', [
      { type: 'organization', name: 'Eastern Front', kind: 'armed_group' },
      { type: 'organization', name: 'Northern Brigade', kind: 'armed_group' },
      { type: 'person', name: 'Karim Nour' },
    ]).shown;
    expect(other.filter((s) => s.includes('Eastern Front') && !s.startsWith('co_mention'))).toEqual([]);
    // not the subject: a body named late in the sentence is not what "its" refers to
    const late = relationsOf(
      'Police said on Monday that a video from the Eastern Front named its leader, Karim Nour.',
      [
        { type: 'organization', name: 'Eastern Front', kind: 'armed_group' },
        { type: 'person', name: 'Karim Nour' },
      ],
    ).shown;
    expect(late.filter((s) => s.startsWith('role'))).toEqual([]);
  });
});

describe('findRelations: locations', () => {
  it('places organisations, cities in countries, and incidents in their place', () => {
    const { shown, relations, text } = relationsOf(
      'Eastern Front militants in Ruritania have grown. The Oldtown-based Civic Watch counts them. A bomb exploded in Oldtown, Ruritania, killing two people.',
      [
        { type: 'organization', name: 'Eastern Front', kind: 'armed_group' },
        { type: 'place', name: 'Ruritania', placeKind: 'country', country: 'RU' },
        { type: 'place', name: 'Oldtown', placeKind: 'city', country: 'RU' },
        { type: 'organization', name: 'Civic Watch', kind: 'institution' },
      ],
    );
    expect(shown).toContain('location Eastern Front -> Ruritania');
    expect(shown).toContain('location Civic Watch -> Oldtown');
    expect(shown).toContain('location Oldtown -> Ruritania');
    expect(shown).toContain('location Bombing in Oldtown -> Oldtown');
    const inc = relations.find((r) => r.type === 'location' && r.from.startsWith('i'));
    expect(evidenceText(text, inc)).toEqual(['bomb exploded in Oldtown']);
  });
});

describe('findRelations: participation and speech', () => {
  it('links participants to their incident with evidence where both are named', () => {
    const { relations, text } = relationsOf(
      'Police said the Northern Brigade carried out the shooting in Oldtown on Sunday. The Northern Brigade claimed responsibility for it.',
      [
        { type: 'organization', name: 'Northern Brigade', kind: 'armed_group' },
        { type: 'place', name: 'Oldtown' },
      ],
      '2020-02-04',
    );
    const part = relations.find((r) => r.type === 'participation');
    expect(part?.label).toBe('perpetrator');
    // the evidence is the named perpetrator with its cue ("carried out") or with the incident's trigger
    expect(evidenceText(text, part)![0]).toMatch(/^Northern Brigade (?:carried out|.*shooting)|^shooting/);
  });

  it('finds the venue of a speech and later quotes by the same speaker', () => {
    const { relations, shown, text } = relationsOf(
      'Speaking at the Civic Forum, Nadia Brown, the head of the Security Bureau, said threats were growing. "We are stretched," she said. Nadia Brown added that the bombing in Oldtown had changed everything.',
      [
        { type: 'organization', name: 'Civic Forum', kind: 'institution' },
        { type: 'person', name: 'Nadia Brown' },
        { type: 'organization', name: 'Security Bureau', kind: 'agency' },
        { type: 'place', name: 'Oldtown' },
      ],
    );
    expect(shown).toContain('role Nadia Brown -> Security Bureau [head]');
    const venue = relations.find((r) => r.type === 'speech' && shown[relations.indexOf(r)]!.includes('Civic Forum'));
    expect(venue?.label).toBe('spoke at');
    expect(venue?.evidence).toHaveLength(3);
    expect(evidenceText(text, venue)![1]).toBe('she said');
    expect(shown).toContain('speech Nadia Brown -> Bombing in Oldtown [spoke about]');
  });
});

describe('findRelations: co-mention', () => {
  it('links only a few entities per sentence and never duplicates a stronger link', () => {
    const names = ['Ann Lee', 'Bo Kim', 'Cy Park', 'Di Moon', 'Ed Song', 'Fay Cho'];
    const text = `${names.join(', ')} met in Oldtown. Ann Lee, the chair of the Civic Forum, left.`;
    const { relations } = relationsOf(text, [
      ...names.map((name) => ({ type: 'person' as const, name })),
      { type: 'place', name: 'Oldtown' },
      { type: 'organization', name: 'Civic Forum', kind: 'institution' },
    ]);
    const co = relations.filter((r) => r.type === 'co_mention');
    const inFirst = co.filter((r) => r.evidence.some((e) => e.sentence === 0));
    expect(inFirst).toHaveLength((CO_MENTION_MAX_ENTITIES * (CO_MENTION_MAX_ENTITIES - 1)) / 2);
    const annForum = co.filter((r) => [r.from, r.to].includes('e1') && [r.from, r.to].includes('e8'));
    expect(annForum).toHaveLength(0);
    expect(relations.some((r) => r.type === 'role' && r.from === 'e1' && r.to === 'e8')).toBe(true);
  });
});

describe('findRelations: more ways news places groups and speakers', () => {
  it('reads "based in" with a direction, lists of places, and a speech given to reporters in a city', () => {
    const { shown } = relationsOf(
      'The Northern Brigade, which is based in northeastern Ruritania, grew. Eastern Front militants in Ruritania and Eastbay regrouped. Speaking to reporters in Oldtown, Nadia Brown said talks had failed.',
      [
        { type: 'organization', name: 'Northern Brigade', kind: 'armed_group' },
        { type: 'place', name: 'Ruritania', placeKind: 'country', country: 'RU' },
        { type: 'organization', name: 'Eastern Front', kind: 'armed_group' },
        { type: 'place', name: 'Eastbay', placeKind: 'country', country: 'EB' },
        { type: 'place', name: 'Oldtown' },
        { type: 'person', name: 'Nadia Brown' },
      ],
    );
    expect(shown).toContain('location Northern Brigade -> Ruritania');
    expect(shown).toContain('location Eastern Front -> Ruritania');
    expect(shown).toContain('location Eastern Front -> Eastbay');
    expect(shown.filter((s) => s.startsWith('speech'))).toEqual(['speech Nadia Brown -> Oldtown [spoke to]']);
  });

  it('does not place an ordinary organisation wherever it is mentioned with "in"', () => {
    const { shown } = relationsOf('Officials from the Civic Forum in Oldtown met on Monday.', [
      { type: 'organization', name: 'Civic Forum', kind: 'institution' },
      { type: 'place', name: 'Oldtown' },
    ]);
    expect(shown.some((s) => s.startsWith('location'))).toBe(false);
    expect(shown).toEqual(['co_mention Civic Forum -> Oldtown']);
  });
});
