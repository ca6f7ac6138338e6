// Rule place/reports-one-town: an event with no place of its own, in a report whose dateline town is the only town it
// names in its country and is named in the body too, is placed in that town rather than the bare country. Texts
// written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import type { IncidentEntity } from '../../src/extract/types.js';
import { res } from '../helpers/resources.js';

const RULE = 'place/reports-one-town';
const siege = (text: string, resources = res) =>
  extract({ published: '2023-03-14', text }, resources).entities.find(
    (e): e is IncidentEntity => e.type === 'incident' && e.kind === 'hostage-taking',
  );

const lede =
  'MOMBASA, Kenya — A judge hearing the case of last week’s armed occupation of a radio station in Mombasa was ' +
  'stabbed in the city on Monday, officials said.\n\n' +
  'Two men on a motorbike attacked her as she left a restaurant near the port. She served in the high court ' +
  'division for commercial cases.\n\n' +
  'The chief justice said the attack would not stop the courts. "We will not be intimidated by anyone," she told ' +
  'reporters.\n\n';
const later =
  'The judge had been hearing the case of the nine masked men who stormed the offices of Baraka FM on 8 March, ' +
  'taking the staff hostage before soldiers entered the building.';

describe('rule place/reports-one-town', () => {
  it("places the event at the dateline's town named again in the body, with the reason", () => {
    const s = siege(lede + later);
    expect(s?.place).toBe('Mombasa');
    expect(s?.merges?.join(' ')).toContain(RULE);
  });

  it('keeps the country when switched off', () => {
    const off = { ...res, rules: { disabled: new Set([RULE]) } };
    expect(siege(lede + later, off)?.place).toBe('Kenya');
  });

  it('keeps the country when the article names another town of the country', () => {
    const text = `${lede}${later}\n\nThe judge had moved to the court from Nairobi last year.`;
    expect(siege(text)?.place).toBe('Kenya');
  });
});
