// Older American wire copy spells "kidnaped", "kidnaping", "kidnaper" with one p (a recognised US variant): the
// triggers and agent words take both spellings. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import type { IncidentEntity } from '../../src/extract/types.js';
import { res } from '../helpers/resources.js';

const kinds = (text: string) =>
  extract({ text, published: '1990-03-09' }, res)
    .entities.filter((e): e is IncidentEntity => e.type === 'incident')
    .map((e) => e.kind);

describe('one-p spellings of kidnapping', () => {
  it('"kidnaped" and "kidnaping" make a kidnapping as the two-p spellings do', () => {
    expect(kinds('GUNMEN KIDNAPED A COFFEE GROWER NEAR THE BORDER TOWN ON THURSDAY.')).toContain('kidnapping');
    expect(kinds('Police are investigating the kidnaping of a coffee grower near the border.')).toContain('kidnapping');
    expect(kinds('Gunmen kidnapped a coffee grower near the border town on Thursday.')).toContain('kidnapping');
  });

  it('a word that only begins like it is no kidnapping', () => {
    expect(kinds('The kidnap insurance market grew last year, brokers said.')).not.toContain('kidnapping');
  });
});
