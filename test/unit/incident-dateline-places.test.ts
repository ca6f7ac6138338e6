// Rules place/lede-town-over-dateline and place/dateline-abroad: a dateline says where a report was filed; the event
// happened where its own sentence says, or in the country a bureau abroad reports on. Texts written for these tests.
import { describe, expect, it } from 'vitest';
import type { IncidentEntity } from '../../src/extract/types.js';
import { run, type TestArticle } from '../helpers/extracted-places.js';

const incidents = (input: TestArticle) => run(input).filter((e): e is IncidentEntity => e.type === 'incident');

describe('a lede event whose sentence names a town of the dateline country (place/lede-town-over-dateline)', () => {
  it('happened in that town, not in the dateline city', () => {
    const text =
      'BOGOTA, 3 MAR 90 (WIRE) -- Speaking to a crowd on the main square of Soacha, a city councillor was shot ' +
      'and wounded this morning, police said.';
    const [shooting] = incidents({ text, published: '1990-03-03' });
    expect(shooting?.place).toBe('Soacha');
    expect(shooting?.merges?.join(' ')).toMatch(/lede-town-over-dateline/);
  });

  it('takes the town an earlier lede sentence places the story in', () => {
    const text =
      'BOGOTA, 3 MAR 90 (WIRE) -- Fear gripped shoppers in Barranquilla tonight. A car bomb exploded this ' +
      'afternoon outside a busy hotel, wounding nine people.';
    expect(incidents({ text, published: '1990-03-03' }).map((i) => i.place)).toEqual(['Barranquilla']);
  });

  it("keeps the dateline city over a victim's home town and the state that holds the city", () => {
    const home =
      'DAYTON, Ohio — A 20-year-old student, of Tampa, Florida, was shot and wounded on Friday night, police said.';
    expect(incidents({ text: home, published: '2016-04-11' })[0]?.place).toBe('Dayton');
    const state =
      'DAYTON, Ohio — Gunfire broke out on Friday night and a 20-year-old student was shot and wounded in Dayton, ' +
      'Ohio, police said.';
    expect(incidents({ text: state, published: '2016-04-11' })[0]?.place).toBe('Dayton');
  });

  it('keeps the dateline city when the town is only where a bus was headed', () => {
    const text =
      'BOGOTA, 3 MAR 90 (WIRE) -- Two union organisers were shot dead this morning by unknown men as they waited ' +
      'for a bus headed for Cali.';
    expect(incidents({ text, published: '1990-03-03' })[0]?.place).toBe('Bogotá');
  });
});

describe('a report filed from a bureau abroad (place/dateline-abroad)', () => {
  const body =
    'Salvadoran army units and rebels fought again near San Miguel, and Salvadoran officials said the vote in ' +
    'El Salvador went ahead. Observers in San Salvador and Santa Ana counted ballots. ';

  it('places an event with no place of its own in the country the report is about', () => {
    const text = `HAVANA (CUBA), 20 MAR 89 (WIRE) -- ${body}Later the guerrillas attacked a garrison, officials said.`;
    const attack = incidents({ text, published: '1989-03-20' }).find((i) => /attack/.test(i.kind));
    expect(attack?.place).toBe('El Salvador');
    expect(attack?.merges?.join(' ')).toMatch(/dateline-abroad/);
  });

  it('keeps the dateline city when the other country is only where the victims came from', () => {
    const text =
      'SAN SALVADOR, 13 NOV 89 (WIRE) -- Two U.S. aid workers were killed on Saturday in the Salvadoran capital, ' +
      'their colleagues said. The U.S. embassy gave no details. One taught at an American school. Their bodies ' +
      'will be flown to the United States, and the U.S. ambassador will travel with them.';
    const places = incidents({ text, published: '1989-11-13' }).map((i) => i.place);
    expect(places).toEqual(['San Salvador']);
  });

  it("keeps the dateline's country when the foreign country is named only a couple of times", () => {
    const text =
      'BOGOTA, 5 JUL 89 (WIRE) -- Gunmen shot and wounded a guard at the home of a U.S. diplomat on Tuesday, ' +
      'the radio reported. The diplomat was away in the United States at the time.';
    const attack = incidents({ text, published: '1989-07-05' })[0];
    expect(attack?.place).toBe('Bogotá');
  });
});

describe('a town the body locates from the dateline city (place/point-of-reference-not-scene)', () => {
  it('is where the event happened, not the dateline city it is measured from', () => {
    const text =
      'Charges dropped against Surinam ex-rebel.\nPARAMARIBO, Surinam 1996-08-30\n' +
      'A former rebel leader, Ronny Vos, was freed on Friday after a charge of attempted murder against him was ' +
      'dropped, police said.\nA visitor had accused Vos of trying to kill him during a brawl at a bar in the mining town ' +
      'of Moengo 56 miles (90 km) east of Paramaribo.';
    const [attack] = incidents({ text, published: '1996-08-30' });
    expect(attack?.place).toBe('Moengo');
    expect(attack?.merges?.join(' ')).toMatch(/town-from-the-dateline/);
  });
});

describe('a dateline that writes a town and its state (place/dateline-first-name)', () => {
  it('is the town, even when the headline named the state first', () => {
    const text =
      'Two guests die as New Hampshire motel is bombed.\nROCHESTER, N.H. 1996-08-30\n' +
      'A bomb exploded at a small roadside motel on Friday, killing two guests, police said.';
    const [blast] = incidents({ text, published: '1996-08-30' });
    expect(blast?.place).toBe('Rochester');
  });
});

describe('an event a bureau abroad reports by its people (place/people-abroad-over-dateline)', () => {
  it("is placed in the country whose leaders and forces its sentences name, not the bureau's", () => {
    const text =
      'MANAGUA, 4 FEB 90 (WIRE) -- The foreign ministry here today condemned the murder of a Salvadoran opposition ' +
      'leader, who was shot dead by gunmen on Friday. Salvadoran government officials promised an inquiry.';
    const murder = incidents({ text, published: '1990-02-04' }).find((i) => /murder|shooting/.test(i.kind));
    expect(murder?.place).toBe('El Salvador');
    expect(murder?.merges?.join(' ')).toMatch(/people-abroad-over-dateline/);
  });

  it("keeps the bureau's place when the people named are only travellers from abroad", () => {
    const text =
      'MANAGUA, 4 FEB 90 (WIRE) -- Gunmen shot dead a Salvadoran refugee on Friday, the police said. Two other ' +
      'Salvadoran refugees were wounded.';
    const [shooting] = incidents({ text, published: '1990-02-04' });
    expect(shooting?.place).toBe('Managua');
  });

  it("keeps the bureau's country when the report names another of its towns", () => {
    const text =
      'PANAMA CITY, 2 APR 90 (WIRE) -- Two policemen were killed when Colombian guerrillas attacked a border post ' +
      'this morning. Colombian army officers denied it, and police in Colon said the rebels had fled.';
    const attack = incidents({ text, published: '1990-04-02' }).find((i) => /attack|clash/.test(i.kind));
    expect(attack?.merges?.join(' ') ?? '').not.toMatch(/people-abroad-over-dateline/);
  });
});
