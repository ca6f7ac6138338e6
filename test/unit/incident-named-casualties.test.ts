// Victims named one by one after a mass attack: lists of the dead, a name in apposition, a victim within the toll.
// Every sentence here is written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { res } from '../helpers/resources.js';

const victimsOf = (text: string) => {
  const incidents = extract({ text, published: '2021-05-02' }, res).entities.filter((e) => e.type === 'incident');
  return incidents.map((i) =>
    (i.type === 'incident' ? i.participants : []).filter((p) => p.role === 'victim' && p.entity).map((p) => p.name),
  );
};

describe('named casualties (issue 10)', () => {
  it('"those killed were named as" opens a list whose items carry long appositions', () => {
    const [v] = victimsOf(
      'LEEDS (Wire) - A man drove a van into shoppers on the high street on Saturday, killing three people, police said.\n\n' +
        'Those killed were named as Sergeant Paul Hedley, 41, a traffic officer of the county force who had served for twenty years; Mary Tolland, a nurse at the city hospital; and Sami Okafor, a student from Ghana.',
    );
    expect(v).toEqual(expect.arrayContaining(['Paul Hedley', 'Mary Tolland', 'Sami Okafor']));
  });

  it('"among the dead named by their families was" names a victim', () => {
    const [v] = victimsOf(
      'LEEDS (Wire) - A man drove a van into shoppers on the high street on Saturday, killing four people, police said.\n\n' +
        'Among the dead named by their families on Sunday was ten-year-old Lily Abbot.',
    );
    expect(v).toContain('Lily Abbot');
  });

  it('a name in apposition to a described subject of a passive harm verb, within the toll, is a victim of the main incident', () => {
    const found = victimsOf(
      'LYON (Wire) - Two gunmen shot dead six people at a newspaper office in central Lyon on Friday, killing the editor, Marc Vidal.\n\n' +
        'A traffic warden, Paul Girard, was shot and killed on a street nearby as the gunmen fled.',
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toEqual(expect.arrayContaining(['Marc Vidal', 'Paul Girard']));
  });

  it("a list of the killed that runs on to a semicolon is not read as the first name's apposition", () => {
    const [v] = victimsOf(
      'DERBY (Wire) - A bomb exploded at a market in Derby on Saturday.\n\n' +
        'The blast killed Rosa Mendel, Ivan Petrov and nine-year-old Amy Stokes and injured more than 40 people; a guard was shot days later.',
    );
    expect(v).toEqual(expect.arrayContaining(['Rosa Mendel', 'Ivan Petrov', 'Amy Stokes']));
  });
});
