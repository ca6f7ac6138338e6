// Wire reports of one assault: the vehicle bomb that rams its target, the blast of a suicide bomber, the claim that
// answers another conflict, the count told after the lede, and a headline naming the island that holds the town.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import type { IncidentEntity } from '../../src/extract/types.js';
import { incidentsOf } from '../helpers/incidents.js';
import { res } from '../helpers/resources.js';

const violent = (text: string) =>
  incidentsOf('2019-08-06', text).filter((i) => !i.reference && i.kind !== 'arrest' && i.kind !== 'raid');

describe('a vehicle packed with explosives', () => {
  it('rammed into a convoy is the bombing the lede tells, not a second vehicle attack', () => {
    const found = violent(
      'JALALABAD - A suicide truck bomber hit an army convoy outside Jalalabad on Monday, killing nine soldiers, ' +
        'officials said. The attacker rammed a pickup loaded with explosives into the last armoured car of the column.',
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.kind).toBe('bombing');
  });

  it('a later "blast" keeps the kind of the bombing it names', () => {
    const found = violent(
      'MOGADISHU - A suicide car bomber struck a checkpoint near the airport in Mogadishu on Monday, killing seven ' +
        'people, police said. The blast shattered windows across the district.',
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.kind).toBe('bombing');
  });

  it('a van that rams a crowd with no explosives stays a vehicle attack', () => {
    const found = violent(
      'A man rammed a van into pedestrians on a shopping street in Graz on Saturday, killing three people, police said.',
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.kind).toBe('vehicle attack');
  });
});

describe('the motive of an attack (rule incidents/motive-ends-phrase)', () => {
  it('a place in what the claim says the attack answered is not where it happened', () => {
    const found = violent(
      'KAMPALA - Gunmen attacked a bus station in Kampala on Sunday, killing 11 people. ' +
        'A militant group said its fighters carried out the attack in retaliation for army operations in Congo.',
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.place).toBe('Kampala');
  });
});

describe('counts told after the lede (rule casualty/orphan-count-before-other)', () => {
  it('belong to the main incident though the article later tells another one', () => {
    const found = violent(
      'QUETTA - A bomb exploded at a vegetable market in Quetta on Friday, killing 20 people. ' +
        'Most of the dead were farmers, and at least 48 people were wounded, a hospital official said. ' +
        'The blast came three days after gunmen attacked a police post in Turbat, killing four officers.',
    );
    // the blast is the Quetta bombing, not an event in the town the attack on the post names
    // (rule place/lede-town-of-another-event)
    expect(found.map((i) => i.place).sort()).toEqual(['Quetta', 'Turbat']);
    const quetta = found.find((i) => i.place === 'Quetta');
    expect(quetta?.injured).toBe(48);
  });

  it('told after the other incident, they are left to neither', () => {
    const found = violent(
      'QUETTA - A bomb exploded at a vegetable market in Quetta on Friday, killing 20 people. ' +
        'On Tuesday gunmen attacked a police post in Turbat, killing four officers. ' +
        'At least 48 people were wounded, a hospital official said.',
    );
    expect(found.find((i) => i.place === 'Quetta')?.injured).toBeNull();
  });
});

describe("a headline's region over the text's town (rule place/title-holds-current)", () => {
  it('the town the text places the event in stays, though the title names only its state', () => {
    const incidents = extract(
      {
        title: 'Gunmen kill five at Sokoto market',
        published: '2019-08-06',
        text:
          'ILLELA, Nigeria - Gunmen on motorcycles opened fire at a cattle market in the border town of Illela in ' +
          'northern Sokoto state on Monday, killing five traders, police said.',
      },
      res,
    ).entities.filter((e): e is IncidentEntity => e.type === 'incident' && !e.reference);
    expect(incidents.map((i) => i.place)).toEqual(['Illela']);
  });
});

describe('a report of the day with a follow-up word in its second sentence (rule follow-up/fresh-lede)', () => {
  it('is no follow-up: its bombing is an event of its own, not a reference', () => {
    const found = incidentsOf(
      '1990-11-27',
      'CALI, Colombia - A bomb exploded outside a bank in Cali on Monday, killing five people, police said. ' +
        'Officials blamed traffickers who oppose the extradition of their leaders to the United States.',
    );
    expect(found.filter((i) => !i.reference).map((i) => i.kind)).toEqual(['bombing']);
  });

  it('a follow-up word in the first sentence still makes one', () => {
    const found = incidentsOf(
      '1990-11-27',
      'BOGOTA - A court on Monday sentenced two men to 30 years for the bombing of a bank in Cali that killed five ' +
        'people in March.',
    );
    expect(found.filter((i) => i.kind === 'bombing').every((i) => i.reference)).toBe(true);
  });
});

describe('an attack on a home, and an event told apart (rule incidents/set-apart)', () => {
  it('"attacked the home of a judge" is an attack, and "in a separate incident" starts another one', () => {
    const found = violent(
      'TEGUCIGALPA, 4 May 90 -- Gunmen attacked the home of a magistrate in Tegucigalpa with grenades, wounding ' +
        'three guards, police said. The magistrate was away at the time of the attack. ' +
        'In a separate incident, a soldier was killed in the town of Choluteca when unknown men fired on him.',
    );
    expect(found.map((i) => i.place).sort()).toEqual(['Choluteca', 'Tegucigalpa']);
    expect(found.find((i) => i.place === 'Tegucigalpa')?.injured).toBe(3);
    // the one told apart is marked so (part of no series the article reports: part-of/same-article-series)
    expect(found.find((i) => i.place === 'Choluteca')?.toldApart).toBe(true);
    expect(found.find((i) => i.place === 'Tegucigalpa')?.toldApart).toBeUndefined();
  });

  it('"In another incident" tells an event of its own too', () => {
    const found = violent(
      'LIMA, 9 Jun 90 -- Rebels blew up two electricity pylons near Huancayo on Friday, police said. ' +
        'In another incident, gunmen shot dead a farmer in the town of Jauja.',
    );
    expect(found.find((i) => i.place === 'Jauja')?.toldApart).toBe(true);
  });

  it('a side that "attacked the home end" in a match report is no attack', () => {
    expect(
      violent('The visitors attacked the home end for most of the second half but could not find a goal.'),
    ).toEqual([]);
  });
});

describe('a dateline written "PLACE, date --"', () => {
  it('its month "May" is no modal and its dashes end it, so the lede\'s attack is found', () => {
    const found = violent('CALLAO, 4 May 89 -- Gunmen killed three guards at the port of Callao, police said.');
    expect(found.map((i) => i.kind)).toEqual(['shooting']);
    expect(found[0]!.killed).toBe(3);
  });

  it('its day is no count of the dead', () => {
    const found = violent('CALLAO, May 4 -- Three guards were shot dead at the port of Callao, police said.');
    expect(found[0]!.killed).toBe(3);
  });

  it('a victim named after it is still counted', () => {
    const found = violent('CALLAO, 4 May 89 -- Unidentified men murdered port director Julio Ramos Vega today.');
    expect(found[0]!.killed).toBe(1);
  });

  it('"on 3 May" inside a sentence leaves the verb after it an event', () => {
    const found = incidentsOf('2019-05-04', 'Gunmen on 3 May killed three guards at the port of Callao.');
    expect(found.flatMap((i) => i.mentions.map((m) => m.text))).toContain('killed');
  });

  it('"may" as a modal still marks a possibility', () => {
    expect(violent('Police said gunmen may attack the port of Callao.')).toEqual([]);
  });
});

describe('"another" or "a second" victim (not rule incidents/set-apart)', () => {
  it('adds to the shooting already told instead of opening a new one', () => {
    const found = violent(
      'DAYTON - A man was shot dead outside a bar on Main Street in Dayton on Saturday night, police said. ' +
        'Another man was shot in the leg and taken to hospital.',
    );
    expect(found).toHaveLength(1);
  });
});
