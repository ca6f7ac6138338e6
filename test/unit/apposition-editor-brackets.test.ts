// Issue #10: a named victim written before a long apposition that holds a transcript editor's brackets ("the
// Farmers League [FL] in the northern province") and then "was shot dead". Rule role.apposition-editor-brackets lets
// the apposition between a name and its passive harm verb hold square brackets and run to about twenty words.
// Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import type { IncidentEntity } from '../../src/extract/types.js';
import { res } from '../helpers/resources.js';

const victims = (text: string): string[] => {
  const out = extract({ text }, res);
  const names = new Map(out.entities.map((e) => [e.id, e.name]));
  return out.entities
    .filter((e): e is IncidentEntity => e.type === 'incident')
    .flatMap((e) => e.participants.filter((p) => p.role === 'victim'))
    .map((p) => (p.entity ? names.get(p.entity) : undefined) ?? p.name ?? '');
};

describe('role.apposition-editor-brackets', () => {
  it('reads the name before a bracketed apposition as the one harmed', () => {
    expect(
      victims(
        'OSWALDO TRIVINO, SECRETARY OF THE FARMERS LEAGUE [FL] IN THE PROVINCE OF NORTE, WAS SHOT DEAD ON MONDAY.',
      ),
    ).toContain('OSWALDO TRIVINO');
  });

  it('reads a name before an apposition of about twenty words', () => {
    expect(
      victims(
        'OSWALDO TRIVINO, THE SECRETARY GENERAL OF THE SMALL FARMERS LEAGUE IN THE HILL VILLAGES OF THE NORTHERN PROVINCE, WAS SHOT DEAD ON MONDAY.',
      ),
    ).toContain('OSWALDO TRIVINO');
  });
});
