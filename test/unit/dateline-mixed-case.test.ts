// A dated dateline written in mixed case ("Lima, 4 May 89 -- ") is a dateline as its capitals form is: its day is
// the day of filing, not a count of the dead, and its place is the dateline's. Without a date a capitalised word and
// a comma open many a sentence, so those stay sentences. Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { findDateline } from '../../src/extract/dates.js';
import { extract } from '../../src/extract/index.js';
import type { IncidentEntity } from '../../src/extract/types.js';
import { res } from '../helpers/resources.js';

const datelineOf = (text: string): string | null => {
  const d = findDateline(res.words, text, null);
  return d ? text.slice(d.start, d.end) : null;
};

describe('a dated dateline in mixed case', () => {
  it('is read up to its dash, with its two-digit year', () => {
    expect(datelineOf('Santa Ana, 5 Mar 90 -- Two guards were shot dead.')).toBe('Santa Ana, 5 Mar 90 --');
    expect(datelineOf('Lima, May 4, 1989 (EFE) -- A bomb went off.')).toBe('Lima, May 4, 1989 (EFE) --');
  });

  it('gives no count from its year: "…, 5 Mar 90 -- A soldier was killed" is one dead', () => {
    const [incident] = extract(
      {
        text: 'Santa Ana, 5 Mar 90 -- A soldier was killed when rebels attacked a patrol near the town, the army said.',
      },
      res,
    ).entities.filter((e): e is IncidentEntity => e.type === 'incident');
    expect(incident?.killed).toBe(1);
    expect(incident?.date).toBe('1990-03-05');
  });

  it('needs its date: a capitalised word and a comma at the start of a sentence are no dateline', () => {
    expect(datelineOf('Meanwhile, police said -- without giving details -- that two men were held.')).toBeNull();
    expect(datelineOf('Smith, the mayor, said the bridge would reopen.')).toBeNull();
  });
});
