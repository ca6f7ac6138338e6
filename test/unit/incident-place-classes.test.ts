// Where an incident happened, by classes of misreading seen in local and wire news (issues #10, #11): the town only a
// police department's name gives, a neighbourhood that shares its name with towns of other states, "St." for Saint,
// the headline's town over the station's city, a capital over a foreign province, a dateline town the gazetteer lacks.
// Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { mainIncident, placeNamed, run } from '../helpers/extracted-places.js';
import { res } from '../helpers/resources.js';

describe('the place a local agency serves', () => {
  const text =
    'A man was found shot in a parked car early Sunday, according to the Tacoma Police Department. ' +
    'Officers were called to the 4300 block of Pacific Avenue at 2 a.m.';

  it('is a place of its own, inside the agency name, geocoded to that city', () => {
    const p = placeNamed({ text }, /^Tacoma$/);
    expect(p?.country).toBe('US');
    expect(p?.admin1).toBe('Washington');
    expect(p?.mentions[0]?.start).toBe(text.indexOf('Tacoma'));
    expect(p?.merges?.join(' ')).toMatch(/place-of-local-agency/);
    // the agency keeps its whole name
    expect(run({ text }).some((e) => e.type === 'organization' && e.name === 'Tacoma Police Department')).toBe(true);
  });

  it('places the incident when nothing else in the report does', () => {
    expect(mainIncident({ text })?.place).toBe('Tacoma');
  });

  it('does not make a place of a country force or of a name that is no place', () => {
    const t = 'The Kenya Police and the Capitol Police said a man was shot on Sunday.';
    expect(run({ text: t }).some((e) => e.type === 'place' && /^(Kenya|Capitol)$/.test(e.name))).toBe(false);
  });
});

describe("a neighbourhood of the article's city", () => {
  it('is read in that city, not as a small town of another state, and marked ambiguous', () => {
    const text =
      'A 13-year-old boy was shot and killed Wednesday night in Linden, according to the Columbus Police ' +
      'Department. The officer fired after the boy pulled a gun.';
    const p = placeNamed({ text }, /^Linden$/);
    expect(p?.admin1).toBe('Ohio');
    expect(p?.ambiguous).toBe(true);
    expect(p?.merges?.join(' ')).toMatch(/part of Columbus/);
    expect(Math.abs(p!.lat! - 39.96)).toBeLessThan(0.2);
    expect(mainIncident({ text })?.place).toBe('Linden, Columbus');
  });

  it('is not read under a dateline alone: a bureau writes the towns of its region bare', () => {
    // no local agency says the story is Cleveland's own news: the far town of the gazetteer is the town itself
    const text = 'CLEVELAND — A 20-year-old man was shot and wounded late Tuesday in Linden, police said.';
    const p = placeNamed({ text }, /^Linden$/);
    expect(p?.admin1).toBe('New Jersey');
    expect(p?.merges?.join(' ') ?? '').not.toMatch(/part of Cleveland/);
  });

  it('is read under a dateline of the city whose police the story quotes', () => {
    const text =
      'COLUMBUS, Ohio — A 20-year-old man was shot and wounded late Tuesday in Linden, according to the ' +
      'Columbus Police Department.';
    expect(placeNamed({ text }, /^Linden$/)?.merges?.join(' ')).toMatch(/part of Columbus/);
  });

  it('keeps the town of another state when the text writes its state', () => {
    const text =
      'A 13-year-old boy from Linden, N.J., was shot and killed Wednesday night, according to the Columbus ' +
      'Police Department.';
    expect(placeNamed({ text }, /^Linden$/)?.admin1).toBe('New Jersey');
  });
});

describe('abbreviated first words of place names', () => {
  it('looks up "St. Paul", "ST PAUL" and "Ft. Worth" as Saint Paul and Fort Worth', () => {
    const city = (name: string) =>
      (res.gazetteer.placesByName.get(name) ?? []).find((e) => e.kind === 'city' && e.country === 'US');
    for (const n of ['st. paul', 'st paul']) expect(city(n)?.name).toBe('Saint Paul');
    expect(city('ft. worth')?.name).toBe('Fort Worth');
    // a town below the city table's floor too, read with its state: "St. Augustine, Fla."
    expect((res.gazetteer.townsByName.get('st. augustine') ?? []).some((e) => e.admin1 === 'Florida')).toBe(true);
  });
});

describe("the headline's place and the dateline's", () => {
  it("takes the town the headline names near the station's city over that city", () => {
    const inc = mainIncident({
      title: 'Boy hurt in Sun Prairie shooting',
      text:
        'MADISON, Wis. — A 12-year-old boy was shot and wounded on Saturday afternoon, officials said. ' +
        'Sun Prairie Police Department officers found the boy in a back yard.',
    });
    expect(inc?.place).toBe('Sun Prairie');
    expect(inc?.merges?.join(' ')).toMatch(/title names/);
  });

  it('keeps the dateline when the headline names no place of the text', () => {
    const inc = mainIncident({
      title: 'Man hurt in weekend shooting',
      text: 'MADISON, Wis. — A man was shot and wounded on Saturday afternoon, officials said.',
    });
    expect(inc?.place).toBe('Madison');
  });
});

describe('namesakes in wire reports', () => {
  it('reads a capital over a province of the same name in a country the report does not name', () => {
    const text = 'SANTIAGO, 7 APR 89 (RADIO) -- [TEXT] A BOMB EXPLODED AT A BANK BRANCH TODAY, POLICE REPORTED.';
    const p = placeNamed({ text, published: undefined }, /^santiago$/i);
    expect(p?.country).toBe('CL');
    expect(mainIncident({ text, published: undefined })?.place?.toUpperCase()).toBe('SANTIAGO');
  });

  it("puts a dateline town the gazetteer lacks in the article's country, marked ambiguous", () => {
    const text =
      'XOCOTLAN, 12 JAN 90 (RADIO) -- [TEXT] A BOMB EXPLODED AT THE TOWN HALL TODAY. ' +
      'THE SALVADORAN ARMY SAID THE ATTACK DAMAGED THE BUILDING. THE GOVERNMENT OF EL SALVADOR CONDEMNED IT.';
    const p = placeNamed({ text, published: undefined }, /^xocotlan/i);
    expect(p?.country).toBe('SV');
    expect(p?.precision).toBe('country');
    expect(p?.ambiguous).toBe(true);
  });
});

describe('a street given by its block', () => {
  it('is never the town of that name', () => {
    const text =
      'A teen was shot in the head at his home in the 300 block of Madrid early Sunday, Universal City Police said.';
    const p = placeNamed({ text }, /^Madrid$/);
    expect(p?.country ?? null).toBeNull();
    expect(mainIncident({ text })?.place).not.toBe('Madrid');
  });
});

describe('the headline naming the dateline town first', () => {
  it('keeps the dateline town over a second town the headline names as a residence', () => {
    const inc = mainIncident({
      title: 'Two charged in fatal Tacoma shooting of Olympia teenager',
      text:
        'TACOMA, Wash. (AP) — Two people have been charged in the death of an Olympia High School student who was ' +
        'shot during a robbery. The girl lived with her grandmother in Olympia.',
    });
    expect(inc?.place).toBe('Tacoma');
  });
});

describe('a kind of place between the locative and its name', () => {
  it('places the event at the name after "the <kind> of" in a report filed from abroad', () => {
    const text =
      'MOSCOW, 6 JUL 89 (TASS) -- [TEXT] IN THE PERUVIAN PORT OF CALLAO, A BOMB EXPLODED UNDER A BUS CARRYING ' +
      'SAILORS LAST WEDNESDAY, THE EMBASSY REPORTED.';
    const inc = mainIncident({ text, published: undefined });
    expect(inc?.place?.toUpperCase()).toBe('CALLAO');
  });

  it('reads "in the town of" in mixed case too', () => {
    const inc = mainIncident({
      text: 'Gunmen attacked a police post in the town of Tumaco on Sunday, killing two officers, the army said.',
    });
    expect(inc?.place).toBe('Tumaco');
  });
});
