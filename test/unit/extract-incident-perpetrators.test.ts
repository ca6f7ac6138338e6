// Named perpetrators from the syntax around a name (src/extract/incident-perpetrators.ts), through findIncidents.
import { describe, expect, it } from 'vitest';
import { datesIn, easterSunday } from '../../src/extract/dates.js';
import { findIncidents } from '../../src/extract/incidents.js';
import type { Resources } from '../../src/extract/resources.js';
import type { IncidentEntity } from '../../src/extract/types.js';
import { fixture } from './extract-incidents.fixtures.js';
import { res as shared } from '../helpers/resources.js';

const PEOPLE = [
  { type: 'person' as const, name: 'Viktor Hale', forms: ['Hale'] },
  { type: 'person' as const, name: 'Omar Redd', forms: ['Redd'] },
  { type: 'person' as const, name: 'Lena Marsh', forms: ['Marsh'] },
  { type: 'person' as const, name: 'Petra Vance', forms: ['Vance'] },
  { type: 'person' as const, name: 'Dario Kell', forms: ['Kell'] },
  { type: 'place' as const, name: 'Springfield', country: 'RU' },
  { type: 'place' as const, name: 'Oldtown', country: 'RU' },
  { type: 'organization' as const, name: 'Eastern Front', kind: 'armed_group' as const },
];

function incidentsOf(text: string, published = '2022-05-10', res?: Resources): IncidentEntity[] {
  const { doc, entities } = fixture({ text, published }, PEOPLE);
  return findIncidents(res ? { ...doc, res } : doc, entities);
}

const perpetrators = (incs: IncidentEntity[]) =>
  incs.flatMap((i) => i.participants.filter((p) => p.role === 'perpetrator' && !p.described).map((p) => p.name));
const victims = (incs: IncidentEntity[]) =>
  incs.flatMap((i) => i.participants.filter((p) => p.role === 'victim' && !p.described).map((p) => p.name));

describe('named perpetrators from the syntax around a name', () => {
  it('an attacker noun in apposition before a list of names (perpetrator/apposition-before)', () => {
    const incs = incidentsOf(
      'Two bombs exploded at a bus station in Springfield on Monday, killing nine people. The two attackers, Viktor Hale and Omar Redd, fled in a stolen car.',
    );
    expect(perpetrators(incs).sort()).toEqual(['Omar Redd', 'Viktor Hale']);
  });

  it('an attacker or suspect noun in apposition after a name (perpetrator/apposition-after)', () => {
    const incs = incidentsOf(
      'Gunmen attacked a hotel in Springfield on Saturday, killing six guests. Police later arrested Viktor Hale, 31, the suspected ringleader, at a farm outside the city.',
    );
    expect(perpetrators(incs)).toContain('Viktor Hale');
  });

  it('a relative clause with a verb of attack (perpetrator/relative-clause)', () => {
    const incs = incidentsOf(
      'Three suicide bombers struck a stadium in Springfield on Friday night, killing 14 people. Investigators named several of them, including Omar Redd, who blew himself up near the north gate.',
    );
    expect(perpetrators(incs)).toContain('Omar Redd');
  });

  it('a named subject of a verb of attack (perpetrator/subject-of-attack-verb)', () => {
    const incs = incidentsOf(
      'An explosion ripped through a concert hall in Springfield on Sunday, killing 11 people. Prosecutors said Lena Marsh detonated the device from a nearby car park.',
    );
    expect(perpetrators(incs)).toContain('Lena Marsh');
  });

  it('"the latter" as the subject of a verb of attack stands for the name right before it (perpetrator/latter-subject)', () => {
    const incs = incidentsOf(
      'Two bombs went off at the central station in Springfield on Monday, killing nine people. Witnesses placed Omar Redd on the platform with Viktor Hale moments before the latter blew himself up near the ticket office.',
    );
    expect(perpetrators(incs)).toContain('Viktor Hale');
    expect(perpetrators(incs)).not.toContain('Omar Redd');
  });

  it('a group named in apposition to a part of another group is blamed too (role.group-part-apposition)', () => {
    const { doc, entities } = fixture(
      {
        text: "Gunmen stormed a cinema in Springfield on Friday, killing 40 people. Officials believe the massacre was the work of the Eastern Front's northern wing, the Ridge Brigade, which recruits in the hills.",
        published: '2022-05-10',
      },
      [...PEOPLE, { type: 'organization' as const, name: 'Ridge Brigade', kind: 'armed_group' as const }],
    );
    expect(perpetrators(findIncidents(doc, entities))).toContain('Ridge Brigade');
  });

  it("a court's words in a follow-up article (perpetrator/convicted-subject, perpetrator/convicted-object)", () => {
    const subject = incidentsOf(
      'OLDTOWN — Viktor Hale, the man behind the 2019 bombing of the Springfield central station, was sentenced on Tuesday to life in prison.',
    );
    expect(perpetrators(subject)).toContain('Viktor Hale');
    const object = incidentsOf(
      'OLDTOWN — A jury on Monday convicted Omar Redd of murder over the 2020 shooting at a Springfield nightclub that killed five people.',
    );
    expect(perpetrators(object)).toContain('Omar Redd');
  });

  it('a helper convicted of supplying weapons is no perpetrator', () => {
    const incs = incidentsOf(
      'OLDTOWN — Lena Marsh was convicted on Monday of supplying weapons to the gunmen who attacked a Springfield market in 2020, killing seven people.',
    );
    expect(perpetrators(incs)).not.toContain('Lena Marsh');
  });

  it('named as the attacker by the police (perpetrator/named-as)', () => {
    const passive = incidentsOf(
      'A man stabbed four people at a railway station in Springfield on Wednesday. The suspect was later named by police as Omar Redd.',
    );
    expect(perpetrators(passive)).toContain('Omar Redd');
    const described = incidentsOf(
      'The man who shot dead three people at a cafe in Springfield on Tuesday was named on Wednesday as Viktor Hale, a 40-year-old former soldier.',
    );
    expect(perpetrators(described)).toContain('Viktor Hale');
    const active = incidentsOf(
      'Gunmen killed eight people at a wedding in Oldtown on Friday. Police named two brothers, Viktor Hale and Omar Redd, as suspects.',
    );
    expect(perpetrators(active).sort()).toEqual(['Omar Redd', 'Viktor Hale']);
  });

  it('every name listed after "identified the gunmen as" is an attacker (perpetrator/naming-head-as)', () => {
    const two = incidentsOf(
      'Gunmen opened fire on a crowded bus station in Springfield on Tuesday, killing three passengers. Police later identified the gunmen as Viktor Hale and Omar Redd, two brothers from Oldtown.',
    );
    expect(perpetrators(two).sort()).toEqual(['Omar Redd', 'Viktor Hale']);
    const three = incidentsOf(
      'A bomb exploded outside a bank in Springfield on Monday, wounding nine people. Investigators named the three suspected bombers as Lena Marsh, Petra Vance and Dario Kell.',
    );
    expect(perpetrators(three).sort()).toEqual(['Dario Kell', 'Lena Marsh', 'Petra Vance']);
    // the victims named the same way are no attackers
    const harmed = incidentsOf(
      'A bomb exploded outside a bank in Springfield on Monday, killing two people. Police identified the victims as Lena Marsh and Petra Vance.',
    );
    expect(perpetrators(harmed)).toEqual([]);
  });

  it('people accused of the attack and then identified by name are its attackers (perpetrator/accused-people-named)', () => {
    const incs = incidentsOf(
      'Masked men set fire to a police station in Springfield on Sunday night. Four men accused of the arson at the station were identified on Monday as Viktor Hale, Omar Redd, Petra Vance and Dario Kell.',
    );
    expect(perpetrators(incs).sort()).toEqual(['Dario Kell', 'Omar Redd', 'Petra Vance', 'Viktor Hale']);
    const counted = incidentsOf(
      'Gunmen attacked a checkpoint near Oldtown on Friday, killing two guards. Two gunmen were later named by the army as Lena Marsh and Dario Kell.',
    );
    expect(perpetrators(counted).sort()).toEqual(['Dario Kell', 'Lena Marsh']);
    // people identified with no accusation are no attackers
    const witnesses = incidentsOf(
      'Gunmen attacked a checkpoint near Oldtown on Friday, killing two guards. Two men who saw the attack were identified as Lena Marsh and Dario Kell.',
    );
    expect(perpetrators(witnesses)).toEqual([]);
  });

  it('suspects named in a relative clause are the attackers (perpetrator/naming-head-as)', () => {
    const incs = incidentsOf(
      'A car bomb exploded outside a courthouse in Springfield on Monday, killing three people. Police arrested two suspects, who were identified as Viktor Hale and Lena Marsh.',
    );
    expect(perpetrators(incs).sort()).toEqual(['Lena Marsh', 'Viktor Hale']);
    // the attacker noun tied to another by a preposition does not head the naming
    const victimsOf = incidentsOf(
      'A car bomb exploded outside a courthouse in Springfield on Monday. Two victims of the bombers were identified as Petra Vance and Dario Kell.',
    );
    expect(perpetrators(victimsOf)).toEqual([]);
  });

  it('a perpetrator is not also a victim of the incident', () => {
    const incs = incidentsOf(
      'A gunman killed five people at a school in Springfield on Monday before he was shot dead by police. The gunman, Viktor Hale, had posted threats online.',
    );
    expect(perpetrators(incs)).toContain('Viktor Hale');
    expect(victims(incs)).not.toContain('Viktor Hale');
  });

  it('a name without a cue gets no role, and a rule switched off does not fire', () => {
    const plain = incidentsOf(
      'A bomb exploded at a market in Springfield on Monday, killing four people. Viktor Hale, a local shopkeeper, said he heard the blast.',
    );
    expect(perpetrators(plain)).not.toContain('Viktor Hale');
    const text =
      'Two bombs exploded at a bus station in Springfield on Monday, killing nine people. The two attackers, Viktor Hale and Omar Redd, fled in a stolen car.';
    const off = incidentsOf(text, '2022-05-10', {
      ...shared,
      rules: { disabled: new Set(['perpetrator/apposition-before']) },
    });
    // the second name of the list is the rule's alone (the first also follows the agent noun itself)
    expect(perpetrators(off)).not.toContain('Omar Redd');
  });
});

describe('references to another event and dates before a connective', () => {
  it('a phrase that points back to another event is a reference, the main incident is not', () => {
    const incs = incidentsOf(
      'A bomb exploded at a bus station in Springfield on Monday, killing nine people. Officials said the bombing drew comparisons with the siege at a school in Oldtown in February.',
      '2022-05-10',
    );
    const main = incs.find((i) => i.place === 'Springfield');
    const other = incs.find((i) => i.place === 'Oldtown');
    expect(main?.reference).toBeUndefined();
    expect(main?.date).toBe('2022-05-09');
    expect(other?.reference).toBe(true);
  });

  it("a date before 'years since' is not the date of the event after it", () => {
    const incs = incidentsOf(
      'Hundreds gathered in Springfield on Saturday to mark ten years since a bomb exploded at the central station on 3 May 2012, killing 14 people.',
      '2022-05-10',
    );
    expect(incs.map((i) => i.date)).toEqual(['2012-05-03']);
  });
});

describe('victims named further down', () => {
  it('joins the main incident when they have no place or date of their own', () => {
    const incs = incidentsOf(
      'Gunmen opened fire on diners at a restaurant in Springfield on Friday night, killing six people. Among those killed were Lena Marsh and Omar Redd.',
    );
    expect(incs).toHaveLength(1);
    expect(victims(incs)).toContain('Lena Marsh');
  });
});

describe('Easter Sunday as a date', () => {
  it('computes the Gregorian Easter', () => {
    expect(['2000', '2016', '2019', '2024'].map((y) => easterSunday(Number(y)).toISOString().slice(0, 10))).toEqual([
      '2000-04-23',
      '2016-03-27',
      '2019-04-21',
      '2024-03-31',
    ]);
  });
  it("dates 'Easter Sunday' in a report of the days after, and nothing in a later one", () => {
    const near = datesIn('the Easter Sunday bombings', 0, new Date('2019-04-26T12:00:00Z'), undefined, shared.words);
    expect(near.map((d) => [d.iso, d.precision])).toEqual([['2019-04-21', 'day']]);
    expect(datesIn('the Easter Sunday bombings', 0, new Date('2019-08-26T12:00:00Z'), undefined, shared.words)).toEqual(
      [],
    );
    expect(datesIn('the Easter Sunday bombings', 0, null, undefined, shared.words)).toEqual([]);
  });
});

describe('a named perpetrator needs a cue that ties the person to the deed', () => {
  it('a charge of a non-violent offence makes no perpetrator (perpetrator/convicted-subject, convicted-object)', () => {
    const subject = incidentsOf(
      'A bomb exploded at a market in Springfield on Monday, killing four people. In an unrelated case, Lena Marsh was charged on Tuesday with the theft of public funds.',
    );
    expect(perpetrators(subject)).not.toContain('Lena Marsh');
    const object = incidentsOf(
      'Gunmen attacked a bus in Springfield on Monday, killing two people. A judge separately sentenced Omar Redd on Friday for espionage.',
    );
    expect(perpetrators(object)).not.toContain('Omar Redd');
    const violent = incidentsOf(
      'A bomb exploded at a market in Springfield on Monday, killing four people. Lena Marsh was charged on Tuesday with murder over the bombing.',
    );
    expect(perpetrators(violent)).toContain('Lena Marsh');
  });

  it('an attacker noun that only modifies the head of the apposition is no cue (perpetrator/apposition-after)', () => {
    const modifier = incidentsOf(
      'A car bomb exploded outside a courthouse in Springfield on Monday, killing three people. Viktor Hale, the former rebel commander, spoke at a rally in Oldtown.',
    );
    expect(perpetrators(modifier)).not.toContain('Viktor Hale');
    const head = incidentsOf(
      'A car bomb exploded outside a courthouse in Springfield on Monday, killing three people. Police detained Viktor Hale, the suspected bomber, on Tuesday.',
    );
    expect(perpetrators(head)).toContain('Viktor Hale');
  });
});

describe('a verb of planning needs an attack as its object', () => {
  it('"organised a march" is no cue, "masterminded the bombing" is (perpetrator/subject-of-attack-verb)', () => {
    const march = incidentsOf(
      'A bomb exploded at a market in Springfield on Monday, killing four people. Lena Marsh organised a peace march in Oldtown on Sunday.',
    );
    expect(perpetrators(march)).not.toContain('Lena Marsh');
    const bombing = incidentsOf(
      'A bomb exploded at a market in Springfield on Monday, killing four people. Prosecutors say Lena Marsh masterminded the bombing from abroad.',
    );
    expect(perpetrators(bombing)).toContain('Lena Marsh');
  });
});

describe('a kin group as the subject of the deed (perpetrator/kin-group-subject)', () => {
  const FAMILY = [
    { type: 'person' as const, name: 'Karl Brenner', forms: ['Karl'] },
    { type: 'person' as const, name: 'Anton Brenner', forms: ['Anton'] },
    { type: 'person' as const, name: 'Ida Solberg', forms: [] },
    { type: 'person' as const, name: 'Nils Solberg', forms: [] },
    { type: 'place' as const, name: 'Springfield', country: 'RU' },
  ];
  const incidentsWith = (text: string) => {
    const { doc, entities } = fixture({ text, published: '2022-05-10' }, FAMILY);
    return findIncidents(doc, entities);
  };

  it('"the brothers" who did it are the named brothers, each a perpetrator', () => {
    const incs = incidentsWith(
      'Karl Brenner, 30, was arrested in Springfield on Monday. His younger brother, Anton Brenner, 22, died in hospital. Police said the brothers had hijacked a bus on the ring road hours before.',
    );
    const bus = incs.find((i) => i.kind === 'hijacking');
    expect(bus && perpetrators([bus]).sort()).toEqual(['Anton Brenner', 'Karl Brenner']);
  });

  it('"the brothers acted as equal partners" in a trial story shares the convicted man\'s deed with his brother', () => {
    const incs = incidentsWith(
      'A jury in Springfield convicted Karl Brenner on Tuesday over the 2020 bombing of a rail depot. His lawyers said he had been led by his older brother, Anton, who died in 2021. Prosecutors told the court that the brothers acted as equal partners.',
    );
    expect(perpetrators(incs).sort()).toEqual(['Anton Brenner', 'Karl Brenner']);
  });

  it('names no one when the article names two families, or no relative of the surname', () => {
    const two = incidentsWith(
      'Karl Brenner was arrested in Springfield on Monday with his brother Anton Brenner. Ida Solberg and her brother Nils Solberg were questioned. Police said the brothers had hijacked a bus on the ring road hours before.',
    );
    expect(perpetrators(two)).toEqual([]);
    const none = incidentsWith(
      'Karl Brenner and Anton Brenner were questioned in Springfield on Monday. Police said the brothers had hijacked a bus on the ring road hours before.',
    );
    expect(perpetrators(none)).toEqual([]);
  });
});

describe('"one of the" attackers in apposition (perpetrator/apposition-after)', () => {
  it('names one of the attackers, and not one of the victims', () => {
    const incs = incidentsOf(
      'A court in Springfield on Monday sentenced six men over the 2019 bombing of the central station. Viktor Hale, one of the station bombers, died in the blast. Omar Redd, one of the wounded passengers, gave evidence.',
    );
    expect(perpetrators(incs)).toContain('Viktor Hale');
    expect(perpetrators(incs)).not.toContain('Omar Redd');
  });
});

describe('people an earlier sentence accused, named later (rule perpetrator/naming-accused-people-as)', () => {
  it('gives the names the role of the plain people noun the article accused before', () => {
    const incs = incidentsOf(
      'Two men accused of the bombing of the market in Springfield were remanded in custody on Monday. ' +
        'The magistrate identified the men as Viktor Hale and Omar Redd, both from Oldtown.',
    );
    expect(perpetrators(incs).sort()).toEqual(['Omar Redd', 'Viktor Hale']);
  });

  it('does not make perpetrators of people the article never accused', () => {
    const incs = incidentsOf(
      'Two men were found shot dead in a car park in Springfield on Monday. ' +
        'The police identified the men as Viktor Hale and Omar Redd, both from Oldtown.',
    );
    expect(perpetrators(incs)).toEqual([]);
  });
});
