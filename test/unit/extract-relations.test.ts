import { describe, expect, it } from 'vitest';
import { CO_MENTION_MAX_ENTITIES } from '../../src/extract/relations.js';
import { evidenceText, org, person, place, relationsOf } from './extract-relations.fixtures.js';

describe('findRelations: roles and affiliations', () => {
  it('reads titles in apposition, before a name, and after a possessive', () => {
    const { shown } = relationsOf(
      'Maria Costa, the deputy director of the National Crime Agency, spoke first. Later, Interpol Secretary General Lars Berg replied. The Gazette quoted Tom Reed, Europol’s chief analyst.',
      [
        person('Maria Costa'),
        org('National Crime Agency', 'agency'),
        org('Interpol', 'institution'),
        person('Lars Berg'),
        org('The Gazette', 'media'),
        person('Tom Reed'),
        org('Europol', 'institution'),
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
        person('Ali Hassan'),
        org('Eastern Front', 'armed_group'),
        person('Omar Said'),
        person('Karl Weiss'),
        org('Northern Brigade', 'armed_group'),
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
        person('Samir Nadim'),
        org('Eastern Front', 'armed_group'),
        person('Jane Holt'),
        org('Harbour Police', 'police'),
        person('Tom Vale'),
        org('Coast Guard', 'agency'),
        person('Rita Moss'),
      ],
    );
    expect(shown).toContain('affiliation Samir Nadim -> Eastern Front [operative]');
    expect(shown).toContain('role Jane Holt -> Harbour Police [inspector]');
    expect(shown).toContain('affiliation Tom Vale -> Coast Guard [member]');
    expect(shown).toContain('affiliation Rita Moss -> Harbour Police [supporter]');
    // a noun that is neither a title nor membership says nothing: "a Harbour Police car"
    const car = relationsOf('Ben Ode, a Harbour Police driver, was hurt.', [
      person('Ben Ode'),
      org('Harbour Police', 'police'),
    ]).typed;
    expect(car).toEqual([]);
  });

  it('reads "chaired by" after a body, and a free word before a title ("a police officer at")', () => {
    const { shown } = relationsOf(
      'The Oversight Committee (OC), chaired by Sir Alan Price, met. Nina Lund, a police officer at the Harbour Institute, was hurt. Eli Bran, the deputy director of the Coast Guard, spoke.',
      [
        org('Oversight Committee', 'institution'),
        person('Alan Price'),
        person('Nina Lund'),
        org('Harbour Institute', 'institution'),
        person('Eli Bran'),
        org('Coast Guard', 'agency'),
      ],
    );
    expect(shown).toContain('role Alan Price -> Oversight Committee [chaired]');
    expect(shown).toContain('role Nina Lund -> Harbour Institute [officer]');
    // a modifier stays in the title rather than being taken as the free word
    expect(shown).toContain('role Eli Bran -> Coast Guard [deputy director]');
    // "chaired by" followed by words in lower case is not a name of who leads
    const cousin = relationsOf('The Oversight Committee, founded by a cousin of Alan Price, met.', [
      org('Oversight Committee', 'institution'),
      person('Alan Price'),
    ]).shown;
    expect(cousin.filter((s) => s.startsWith('role'))).toEqual([]);
  });

  it('reads a claim of allegiance: "X said he had been sent by the Front", "said he acted for"', () => {
    const { shown } = relationsOf(
      'Omar Said said he had been sent by the Eastern Front. Karl Weiss said he acted for the Northern Brigade.',
      [
        person('Omar Said'),
        org('Eastern Front', 'armed_group'),
        person('Karl Weiss'),
        org('Northern Brigade', 'armed_group'),
      ],
    );
    expect(shown).toContain('affiliation Omar Said -> Eastern Front [sent by]');
    expect(shown).toContain('affiliation Karl Weiss -> Northern Brigade [acted for]');
  });

  it('"its leader, X" takes the organisation the sentence opens with, and only when no other body comes between', () => {
    const subject = relationsOf(
      'The Eastern Front released a video in which Omar Said praised its leader, Karim Nour.',
      [org('Eastern Front', 'armed_group'), person('Omar Said'), person('Karim Nour')],
    ).shown;
    expect(subject).toContain('role Karim Nour -> Eastern Front [leader]');
    const other = relationsOf('The Eastern Front said the Northern Brigade had lost its leader, Karim Nour.', [
      org('Eastern Front', 'armed_group'),
      org('Northern Brigade', 'armed_group'),
      person('Karim Nour'),
    ]).shown;
    expect(other.filter((s) => s.includes('Eastern Front') && !s.startsWith('co_mention'))).toEqual([]);
    // not the subject: a body named late in the sentence is not what "its" refers to
    const late = relationsOf(
      'Police said on Monday that a video from the Eastern Front named its leader, Karim Nour.',
      [org('Eastern Front', 'armed_group'), person('Karim Nour')],
    ).shown;
    expect(late.filter((s) => s.startsWith('role'))).toEqual([]);
  });
});

describe('findRelations: locations', () => {
  it('places organisations, cities in countries, and incidents in their place', () => {
    const { shown, relations, text } = relationsOf(
      'Eastern Front militants in Ruritania have grown. The Oldtown-based Civic Watch counts them. A bomb exploded in Oldtown, Ruritania, killing two people.',
      [
        org('Eastern Front', 'armed_group'),
        place('Ruritania', { placeKind: 'country', country: 'RU' }),
        place('Oldtown', { placeKind: 'city', country: 'RU' }),
        org('Civic Watch', 'institution'),
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
      [org('Northern Brigade', 'armed_group'), place('Oldtown')],
      { published: '2020-02-04' },
    );
    const part = relations.find((r) => r.type === 'participation');
    expect(part?.label).toBe('perpetrator');
    // the evidence is the named perpetrator with its cue ("carried out") or with the incident's trigger
    expect(evidenceText(text, part)![0]).toMatch(/^Northern Brigade (?:carried out|.*shooting)|^shooting/);
  });

  it('finds the venue of a speech and later quotes by the same speaker', () => {
    const { relations, shown, text } = relationsOf(
      'Speaking at the Civic Forum, Nadia Brown, the head of the Security Bureau, said threats were growing. "We are stretched," she said. Nadia Brown added that the bombing in Oldtown had changed everything.',
      [org('Civic Forum', 'institution'), person('Nadia Brown'), org('Security Bureau', 'agency'), place('Oldtown')],
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
      ...names.map(person),
      place('Oldtown'),
      org('Civic Forum', 'institution'),
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
        org('Northern Brigade', 'armed_group'),
        place('Ruritania', { placeKind: 'country', country: 'RU' }),
        org('Eastern Front', 'armed_group'),
        place('Eastbay', { placeKind: 'country', country: 'EB' }),
        place('Oldtown'),
        person('Nadia Brown'),
      ],
    );
    expect(shown).toContain('location Northern Brigade -> Ruritania');
    expect(shown).toContain('location Eastern Front -> Ruritania');
    expect(shown).toContain('location Eastern Front -> Eastbay');
    expect(shown.filter((s) => s.startsWith('speech'))).toEqual(['speech Nadia Brown -> Oldtown [spoke in]']);
  });

  it('does not place an ordinary organisation wherever it is mentioned with "in"', () => {
    const { shown } = relationsOf('Officials from the Civic Forum in Oldtown met on Monday.', [
      org('Civic Forum', 'institution'),
      place('Oldtown'),
    ]);
    expect(shown.some((s) => s.startsWith('location'))).toBe(false);
    expect(shown).toEqual(['co_mention Civic Forum -> Oldtown']);
  });
});

describe('findRelations: a typed link only where its cue names the pair', () => {
  it('a title word read as an organisation gives no role (relation/org-name-is-title-fragment)', () => {
    const { shown } = relationsOf(
      'Acting Prime Minister Dana Holt flew to Eastbay. Later, Harbour Authority Director Sam Vale resigned. Interim Chairman Lee Brandt stayed.',
      [
        org('Acting Prime', 'institution'),
        person('Dana Holt'),
        place('Eastbay'),
        org('Harbour Authority', 'institution'),
        person('Sam Vale'),
        org('Interim', 'institution'),
        person('Lee Brandt'),
      ],
    );
    expect(shown.filter((s) => s.startsWith('role'))).toEqual(['role Sam Vale -> Harbour Authority [Director]']);
  });

  it('a place before the medium it modifies is not whom the speaker told', () => {
    const modifier = relationsOf(
      'In an interview with the Ruritania state-owned radio network, Nadia Brown said the talks had failed.',
      [place('Ruritania', { placeKind: 'country', country: 'RU' }), person('Nadia Brown')],
    );
    expect(modifier.typed.filter((s) => s.startsWith('speech'))).toEqual([]);
    const city = relationsOf('Nadia Brown told a news conference in Oldtown self-rule could come within a year.', [
      person('Nadia Brown'),
      place('Oldtown'),
    ]);
    expect(city.typed).toContain('speech Nadia Brown -> Oldtown [spoke in]');
  });
});

describe('findRelations: a title before a name and "of" after it', () => {
  it('gives a role with the title (relation/title-person-of-org); a bare "of" stays an affiliation', () => {
    const { shown } = relationsOf(
      'Deputy Commissioner Rosa Lind of the Harbour Police spoke first. Later, analyst Tom Reed of the Civic Forum replied.',
      [person('Rosa Lind'), org('Harbour Police', 'agency'), person('Tom Reed'), org('Civic Forum', 'institution')],
    );
    expect(shown).toContain('role Rosa Lind -> Harbour Police [Deputy Commissioner]');
    expect(shown).toContain('role Tom Reed -> Civic Forum [analyst]');
    const bare = relationsOf('Economist Tom Reed of the Civic Forum replied.', [
      person('Tom Reed'),
      org('Civic Forum', 'institution'),
    ]);
    expect(bare.typed).toEqual(['affiliation Tom Reed -> Civic Forum [of]']);
  });
});

describe('findRelations: kinship', () => {
  it('reads a relative named after a possessive, in apposition, after "his"/"her", and two named as a pair', () => {
    const { shown } = relationsOf(
      'Detectives in Lyon named two brothers, Karim Benali and Yusuf Benali, as suspects. Marc Dubois and his younger brother Paul Dubois were held in Lille. Anna Berg had been recruited by her older sister, Lena Berg. Officers are looking for Marc Dubois’s partner, Sophie Martin. Tom Reed, Anna Berg’s husband, declined to comment.',
      [
        place('Lyon', { country: 'FR' }),
        person('Karim Benali'),
        person('Yusuf Benali'),
        person('Marc Dubois'),
        person('Paul Dubois'),
        place('Lille', { country: 'FR' }),
        person('Anna Berg'),
        person('Lena Berg'),
        person('Sophie Martin'),
        person('Tom Reed'),
      ],
    );
    const kin = shown.filter((s) => s.startsWith('kinship'));
    expect(kin).toEqual(
      expect.arrayContaining([
        'kinship Karim Benali -> Yusuf Benali [brother]',
        'kinship Yusuf Benali -> Karim Benali [brother]',
        'kinship Paul Dubois -> Marc Dubois [younger brother]',
        'kinship Lena Berg -> Anna Berg [older sister]',
        'kinship Sophie Martin -> Marc Dubois [partner]',
        'kinship Tom Reed -> Anna Berg [husband]',
      ]),
    );
    expect(kin).toHaveLength(6);
  });

  it('gives "His brother, NAME" opening a sentence to the one person the sentence before names, and no other', () => {
    const one = relationsOf(
      'Police arrested Omar Haddad at his flat in Leeds on Sunday. His elder brother, Sami Haddad, was questioned later.',
      [person('Omar Haddad'), place('Leeds', { country: 'GB' }), person('Sami Haddad')],
    ).shown;
    expect(one).toContain('kinship Sami Haddad -> Omar Haddad [elder brother]');
    const two = relationsOf(
      'Omar Haddad met Ian Cole in Leeds on Sunday. His elder brother, Sami Haddad, was questioned later.',
      [person('Omar Haddad'), person('Ian Cole'), place('Leeds', { country: 'GB' }), person('Sami Haddad')],
    ).shown;
    expect(two.filter((s) => s.startsWith('kinship'))).toEqual([]);
  });

  it('takes "his brother" for the name right before it only, not across another name', () => {
    const { shown } = relationsOf(
      'Ian Cole praised the imam Yusuf Amin, and Leeds police said his brother Sami Haddad had left.',
      [person('Ian Cole'), person('Yusuf Amin'), place('Leeds', { country: 'GB' }), person('Sami Haddad')],
    );
    expect(shown.filter((s) => s.startsWith('kinship'))).toEqual([]);
  });
});
