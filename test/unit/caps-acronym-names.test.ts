// Rules entities/caps-body-name-before-acronym and entities/caps-body-name-after-acronym: in text written in capitals
// a body's name is read from the acronym in brackets beside it, also where the acronym comes from another language.
// Every sentence here is written for these tests; the bodies are made up.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { res, withoutRules } from '../helpers/resources.js';

const BEFORE = 'entities/caps-body-name-before-acronym';
const AFTER = 'entities/caps-body-name-after-acronym';

const orgs = (text: string, r = res) =>
  extract({ text }, r)
    .entities.filter((e) => e.type === 'organization')
    .map((e) => e.name);

describe('entities/caps-body-name-before-acronym', () => {
  it('reads a body of common words before an acronym of another language, without its words of standing', () => {
    const text = 'LEADERS OF THE RULING DEMOCRATIC LABOUR ALLIANCE (ALD) MET IN THE CAPITAL ON TUESDAY.';
    expect(orgs(text)).toContain('Democratic Labour Alliance');
    expect(orgs(text, withoutRules(BEFORE))).not.toContain('Democratic Labour Alliance');
    expect(orgs(text)).not.toContain('Ruling Democratic Labour Alliance');
  });

  it('takes words of the name\'s own language before the letters that fit, and a group\'s head before "of"', () => {
    expect(orgs('A SELF-STYLED KUSI MAYU ARMED FORCES OF LIBERATION [FAL] CELL LEFT A NOTE.')).toContain(
      'Kusi Mayu Armed Forces of Liberation',
    );
    expect(orgs('THE ARMY OF POPULAR RESISTANCE-RED STAR UNION (URE-EPR) BLEW UP A TOWER.')).toContain(
      'Army of Popular Resistance-Red Star Union',
    );
  });

  it('opens a name with a day and its month, never with a month alone', () => {
    expect(orgs('THE 12 MARCH MOVEMENT (M-12) LAID DOWN ITS ARMS.')).toContain('12 March Movement');
    expect(orgs('THE JUNE COASTAL GROWERS FEDERATION (FEGROC) PRICE INDEX FELL.')).toContain(
      'Coastal Growers Federation',
    );
    expect(orgs('THE JUNE COASTAL GROWERS FEDERATION (FEGROC) PRICE INDEX FELL.').join()).not.toMatch(/june/i);
  });

  it('leaves alone the plural letters of a thing, a speaker tag and words with no sign of a name', () => {
    expect(orgs('THE FUND BOUGHT FOREIGN CURRENCY BONDS (FCBS) ON FRIDAY.').join()).not.toMatch(/bonds/i);
    expect(orgs('THE TALKS WILL GO ON, THE REBEL GROUP [MORALES] SAID.').join()).not.toMatch(/rebel group/i);
    expect(orgs('THE FIGURES ARE PREVIOUS ESTIMATES (PE) AND MAY CHANGE.').join()).not.toMatch(/estimates/i);
    // a player with his role in brackets: his names are no words of English, yet no letter of the role fits them
    const team = extract({ text: 'THE SIDE IS LED BY TOMAS VERHOEVEN (CAPTAIN) AND TWO SPINNERS.' }, res).entities;
    expect(team.find((e) => /verhoeven/i.test(e.name))?.type).toBe('person');
  });

  it('does not stretch a body over "a group of" or over another name joined by "and"', () => {
    const o = orgs('A BAND OF POPULAR DEFENSE ARMY (EDP) FIGHTERS CROSSED THE RIVER.');
    expect(o.join()).not.toMatch(/band of/i);
    const p = orgs('SOLDIERS AND WESTERN FARMERS PARTY (PFO) MEMBERS MARCHED.');
    expect(p).toContain('Western Farmers Party');
    expect(p.join()).not.toMatch(/soldiers/i);
  });
});

describe('entities/caps-body-name-after-acronym', () => {
  it('reads the name in brackets after an acronym as that body', () => {
    const text = 'THE STRIKERS BLAMED CODA [DAIRY OWNERS ASSOCIATION] FOR THE CLOSURE.';
    expect(orgs(text)).toContain('Dairy Owners Association');
    expect(orgs(text, withoutRules(AFTER))).not.toContain('Dairy Owners Association');
  });

  it("needs a body's head word and letters that fit: a note in brackets is no name", () => {
    expect(orgs('THE PLAN OF DARIO [THE FORMER MAYOR] FAILED.').join()).not.toMatch(/former mayor/i);
    expect(orgs('THE STRIKERS BLAMED CODA [LOCAL TRADERS] FOR THE CLOSURE.').join()).not.toMatch(/local traders/i);
  });
});
