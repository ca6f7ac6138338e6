// A name followed by an age is a person, where a comma and a lower-case word close the age and where a dash does
// (rule entities/age-after-name). Every sentence here is written for these tests.
import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../src/extract/document.js';
import { ENTITY_RULES } from '../../src/extract/entity-rules.js';
import type { Candidate } from '../../src/extract/mentions.js';
import { taggerSpan } from '../helpers/entity-rules.js';
import { res } from '../helpers/resources.js';

describe('entities/age-after-name', () => {
  const rule = ENTITY_RULES.find((r) => r.id === 'entities/age-after-name')!;
  const run = (text: string, name: string, type: Candidate['type'] = 'place') => {
    const c = taggerSpan(type, text.indexOf(name), name);
    rule.run(makeDoc({ text }, res), [c]);
    return c.type;
  };

  it('an age closed by a dash, as in a list set off by dashes, makes a person', () => {
    expect(run('The two hikers -- Ansel Vorn, 24, and Tilda Merrow, 31 -- were found on Sunday.', 'Tilda Merrow')).toBe(
      'person',
    );
    expect(run('The two hikers -- Ansel Vorn, 24, and Tilda Merrow, 31 -- were found on Sunday.', 'Ansel Vorn')).toBe(
      'person',
    );
  });

  it('a number after a comma with no close of that kind is no age', () => {
    expect(run('Flights resumed to Port Kessa, 12 hours after the storm.', 'Port Kessa')).toBe('place');
    expect(run('Harlow won the group, Leeds, 3 points behind, came second.', 'Leeds', 'organization')).toBe(
      'organization',
    );
  });
});
