// Wire archives write the dateline as a line of its own, the place in capitals and the day after it ("OLDTOWN
// 2031-05-14"), with the story on the next line: that line dates the article and places its filing (findDateline).
// An earlier event such an article only points back to keeps its own date and place, or none: never the day or the
// place of the filing when its phrase places it in another country (rule incidents/reference-own-place). Every sentence here is written for these tests.
import { describe, expect, it } from 'vitest';
import { findDateline } from '../../src/extract/dates.js';
import { extract } from '../../src/extract/index.js';
import { res } from '../helpers/resources.js';

const incidentsOf = (text: string, published?: string) =>
  extract({ text, ...(published ? { published } : {}) }, res).entities.filter((e) => e.type === 'incident');

describe('a dateline on a line of its own', () => {
  it('gives the place and the day, in ISO form or as a dateline writes it', () => {
    const text =
      'Harbour strike ends after a week.\nOLDTOWN, Ruritania 2031-05-14\nDockers went back to work on Friday.';
    const d = findDateline(res.words, text, null)!;
    expect(text.slice(d.placeStart, d.placeEnd)).toBe('OLDTOWN, Ruritania');
    expect(d.date).toBe('2031-05-14');
    const b = findDateline(res.words, 'Harbour strike ends.\nOLDTOWN Aug 3\nDockers went back.', null);
    expect(b && [b.date, b.placeEnd - b.placeStart]).toEqual([null, 'OLDTOWN'.length]);
  });

  it('allows a space before the comma of text rebuilt from tokens (dateline/spaced-comma)', () => {
    const text = 'Harbour strike ends .\nOLDTOWN , Ruritania 2031-05-14\nDockers went back to work on Friday .';
    const d = findDateline(res.words, text, null)!;
    expect(text.slice(d.placeStart, d.placeEnd)).toBe('OLDTOWN , Ruritania');
    expect(d.date).toBe('2031-05-14');
    // the comma still needs a name after it: a line that ends in a comma and a date is no dateline
    expect(findDateline(res.words, 'Strike .\nOLDTOWN , 2031-05-14\nDockers went back .', null)).toBeNull();
  });

  it('wins over a desk slug and headline in capitals on the line before', () => {
    const text = 'RUGBY - HOSTS HOLD ON FOR NARROW WIN.\nOLDTOWN 2031-05-14\nThe hosts won 12-10 on Saturday.';
    const d = findDateline(res.words, text, null)!;
    expect(text.slice(d.placeStart, d.placeEnd)).toBe('OLDTOWN');
    expect(d.date).toBe('2031-05-14');
  });

  it('is no dateline when the date does not close the line, or the line is no place in capitals', () => {
    expect(findDateline(res.words, 'OLDTOWN 2031-05-14 was a quiet day.\nNothing else.', null)).toBeNull();
    expect(findDateline(res.words, 'Oldtown 2031-05-14\nNothing else.', null)).toBeNull();
  });

  it('anchors relative days and marks an event of an earlier year as a reference, undated', () => {
    const text =
      'Island refuses to hand over ferry suspects.\nVALLETTA 2031-03-14\n' +
      'The government on Friday again refused to hand over two men wanted over the 2019 bombing of a ferry, officials said. ' +
      'Talks with the shipping line would go on next month.';
    const bombing = incidentsOf(text).find((i) => i.kind === 'bombing');
    expect(bombing?.reference).toBe(true);
    expect(bombing?.date ?? null).toBeNull();
  });
});

describe('an earlier event the article only points back to (rule incidents/reference-own-place)', () => {
  const story = (where: string) =>
    `VALLETTA — The government on Friday again refused to hand over two men wanted over the 2019 bombing of a ferry${where}, officials said. ` +
    'Talks with the shipping line would go on next month, a spokesman added.';

  it('is placed where its phrase says, in another country, not at the dateline', () => {
    const bombing = incidentsOf(story(' off Sicily'), '2031-03-14').find((i) => i.kind === 'bombing');
    expect(bombing?.reference).toBe(true);
    expect(bombing?.place).toBe('Sicily');
  });

  it("keeps the place of the report when its phrase names none (wires file their country's past from its capital)", () => {
    const bombing = incidentsOf(story(''), '2031-03-14').find((i) => i.kind === 'bombing');
    expect(bombing?.reference).toBe(true);
    expect(bombing?.place).toBe('Valletta');
  });
});
