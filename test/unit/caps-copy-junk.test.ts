// Text in capitals (old wire copy, monitoring transcripts): dates, editorial notes and the pronoun "US" are no
// entity (rules entities/month-in-date, entities/transcript-note, mentions/us-pronoun-in-capitals; "MAN" is in
// gazetteer.cityStop). Every sentence here is written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { res } from '../helpers/resources.js';

const NAMED = new Set(['person', 'organization', 'place']);
const mentions = (text: string) =>
  extract({ text }, res)
    .entities.filter((e) => NAMED.has(e.type))
    .flatMap((e) => e.mentions.map((m) => `${e.type}:${m.text}`));

describe('capitals copy furniture', () => {
  it('a short month between a day and a year is part of the date', () => {
    const ms = mentions('PORTO ALEGRE, 14 MAR 31 (WIRE) -- DOCK WORKERS WALKED OUT ON TUESDAY, THE UNION SAID.');
    expect(ms.some((m) => m.endsWith(':MAR'))).toBe(false);
    expect(mentions('Talks resume on 3 Dec 2031 in Oslo, officials said.').some((m) => m.endsWith(':Dec'))).toBe(false);
  });

  it('an editorial note in square brackets names nothing', () => {
    const ms = mentions('THE MINISTER SAID THE TALKS WOULD GO ON. [WORDS INDISTINCT] THE ARMY WILL STAY IN THE NORTH.');
    expect(ms.some((m) => /INDISTINCT/.test(m))).toBe(false);
  });

  it('"LET US", "ALL OF US" are the pronoun; "THE US ARMY" is still the country\'s', () => {
    const ms = mentions('LET US RECALL WHAT HAPPENED. ALL OF US KNOW IT. THE US ARMY LEFT THE PORT ON FRIDAY.');
    expect(ms.filter((m) => /(?:^|:)(?:US|LET)\b/.test(m) && !/ARMY/.test(m))).toEqual([]);
    expect(ms.some((m) => /US ARMY/.test(m))).toBe(true);
  });

  it('"A MAN" in capitals is no town', () => {
    expect(
      mentions('POLICE SAY THEY HAVE ARRESTED A MAN WHO THREATENED THE MAYOR.').some((m) => m.endsWith(':MAN')),
    ).toBe(false);
  });

  it('mixed-case "us" and "US" keep their reading', () => {
    const ms = mentions('The US embassy in Oslo told us on Friday that talks would resume.');
    expect(ms.some((m) => m === 'place:US' || m.startsWith('organization:US'))).toBe(true);
  });
});
