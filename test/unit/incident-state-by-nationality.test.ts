// A nationality adjective before a weapon, in an article that names the country itself, names the state that used the
// weapon (rule perpetrator/state-by-nationality); "missiles struck" is an air strike and the blast it made is part of
// it (ontology sameEvent.inArticle.holds). Sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import type { IncidentEntity } from '../../src/extract/types.js';
import { res, withoutRules } from '../helpers/resources.js';

const incidents = (text: string, resources = res) =>
  extract({ text, published: '2024-05-20' }, resources).entities.filter(
    (e): e is IncidentEntity => e.type === 'incident',
  );
const doers = (text: string, resources = res) =>
  incidents(text, resources).flatMap((i) => i.participants.filter((p) => p.role === 'perpetrator').map((p) => p.name));

describe('a nationality before a weapon names the state that used it (perpetrator/state-by-nationality)', () => {
  it.each([
    [
      'Iranian missiles slammed into an oil terminal near Basra overnight, wounding nine workers. Iran called it a warning.',
      'Iran',
    ],
    ['A Syrian jet bombed a bakery in Maarat on Friday, killing six people. Syria denied the report.', 'Syria'],
  ])('%s', (text, state) => {
    expect(doers(text)).toContain(state);
  });

  it('switched off (KG_DISABLE_RULES=perpetrator/state-by-nationality), the state is no doer', () => {
    const text = 'A Syrian jet bombed a bakery in Maarat on Friday, killing six people. Syria denied the report.';
    expect(doers(text, withoutRules('perpetrator/state-by-nationality'))).not.toContain('Syria');
  });

  it('not where the article never names the country itself', () => {
    expect(doers('Iranian missiles slammed into an oil terminal near Basra overnight, wounding nine workers.')).toEqual(
      [],
    );
  });

  it('not a weapon only made in the country', () => {
    const text = 'A Turkish-made drone struck a fuel depot near Sirte on Monday, killing two guards. Turkey sold it.';
    expect(doers(text)).not.toContain('Turkey');
  });

  it('not a weapon that was the target', () => {
    const text =
      'Air defences shot down Iranian missiles over Basra on Monday and a fire killed two workers. Iran said nothing.';
    expect(doers(text)).not.toContain('Iran');
  });
});

describe('missiles that struck are an air strike, and their blasts part of it', () => {
  it('one air strike, not an explosion', () => {
    const found = incidents(
      'Blasts shook Kharkiv at dawn as guided missiles struck a power plant, killing three engineers, the governor said.',
    );
    expect(found.map((i) => i.kind)).toEqual(['air strike']);
  });
});
