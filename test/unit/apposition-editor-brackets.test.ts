// Issue #10: a named victim written before a long apposition that holds a transcript editor's brackets ("the
// Farmers League [FL] in the northern province") and then "was shot dead". Rule role.apposition-editor-brackets lets
// the apposition between a name and its passive harm verb hold square brackets and run to about twenty words.
// Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { extractedVictims as victims } from '../helpers/incident-roles.js';

describe('role.apposition-editor-brackets', () => {
  it('reads the name before a bracketed apposition as the one harmed', () => {
    expect(
      victims(
        'OSWALDO TRIVINO, SECRETARY OF THE FARMERS LEAGUE [FL] IN THE PROVINCE OF NORTE, WAS SHOT DEAD ON MONDAY.',
      ),
    ).toContain('Oswaldo Trivino');
  });

  it('reads a name before an apposition of about twenty words', () => {
    expect(
      victims(
        'OSWALDO TRIVINO, THE SECRETARY GENERAL OF THE SMALL FARMERS LEAGUE IN THE HILL VILLAGES OF THE NORTHERN PROVINCE, WAS SHOT DEAD ON MONDAY.',
      ),
    ).toContain('Oswaldo Trivino');
  });
});
