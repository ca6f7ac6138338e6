// "attacked A and B with a knife": the weapon comes after the ones attacked, so the verb alone is the event phrase
// (its object stays the victims the role rules read) and the weapon sets its kind. Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import type { ArticleInput, IncidentEntity } from '../../src/extract/types.js';
import { res } from '../helpers/resources.js';

const incidents = (text: string, input: Partial<ArticleInput> = {}) =>
  extract({ published: '2024-03-14', text, ...input }, res).entities.filter(
    (e): e is IncidentEntity => e.type === 'incident',
  );

const roles = (g: IncidentEntity, role: string) => g.participants.filter((p) => p.role === role).map((p) => p.name);

describe('a verb of attack, its object, then the weapon', () => {
  it('is a stabbing of the named people when the weapon is a blade', () => {
    const [g, ...rest] = incidents(
      'Police said Colin Barr, 41, attacked Nadia Khan and Ruth Ellis with a knife at a house in Swindon on 9 January.',
    );
    expect(rest).toEqual([]);
    expect(g!.kind).toBe('stabbing');
    expect(g!.date).toBe('2024-01-09');
    expect(roles(g!, 'victim')).toEqual(expect.arrayContaining(['Nadia Khan', 'Ruth Ellis']));
    expect(roles(g!, 'perpetrator')).toContain('Colin Barr');
  });

  it('is an attack on those named when the weapon is another one', () => {
    const [g] = incidents('A man attacked two security guards with a hammer outside a bank in Oslo on Friday.');
    expect(g?.kind).toBe('attack');
    expect(roles(g!, 'victim').join(' ')).toMatch(/guards/);
  });

  it('is no incident when what comes after "with" is no weapon', () => {
    expect(incidents('Opposition leaders attacked the budget with unusual fury in parliament on Friday.')).toEqual([]);
  });
});
