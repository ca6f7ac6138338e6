// Which event a sentence with no place or date of its own belongs to: the scene told just before it, and a siege told
// by the people who barricaded themselves in. Texts written for these tests.
import { describe, expect, it } from 'vitest';
import { incidentsOf } from '../helpers/incidents.js';

const said = (texts: { text: string }[]) => texts.map((m) => m.text);

describe('a verb of harm with no place or date of its own', () => {
  const text =
    'A gunman who took six customers hostage in a bank in Lyon was shot dead by police on Friday. ' +
    'The hostage-taking lasted four hours. ' +
    'Earlier in the day, two robbers barricaded themselves inside a warehouse in Vienne, south of Lyon. ' +
    'Officers surrounded the building for most of the morning. ' +
    'The two robbers came out firing and were shot dead.';

  it('goes on with the event told in the sentences just before it, not the main incident', () => {
    const incs = incidentsOf('2021-03-06', text);
    const siege = incs.find((i) => i.kind === 'siege');
    expect(siege?.place).toBe('Vienne');
    expect(said(siege?.mentions ?? [])).toEqual(['barricaded themselves', 'were shot']);
    expect(siege?.merges?.some((m) => m.includes('goes on with the event told in sentence 2'))).toBe(true);
    const hostages = incs.find((i) => i.kind === 'hostage-taking');
    expect(hostages?.place).toBe('Lyon');
    expect(said(hostages?.mentions ?? [])).not.toContain('were shot');
  });

  it('joins the main incident when the main incident is the one just told', () => {
    const incs = incidentsOf(
      '2021-03-06',
      'A gunman who took six customers hostage in a bank in Lyon on Friday was shot dead by police. ' +
        'Earlier in the day, two robbers barricaded themselves inside a warehouse in Vienne, south of Lyon. ' +
        'Officers later stormed the bank, where the gunman had held the hostages for four hours. ' +
        'Two of the hostages were shot and wounded.',
    );
    const siege = incs.find((i) => i.kind === 'siege');
    expect(said(siege?.mentions ?? [])).not.toContain('were shot');
  });
});

describe('a shooting told right after a vehicle attack (ontology sameEvent.inArticle: vehicle attack, shooting)', () => {
  const text =
    'A man suspected of the lorry attack in Lille was shot dead by police in Genoa on Thursday after he fired at them. ' +
    'The man had fled after the attack on Sunday, in which a stolen lorry was driven into a crowd at a fair in Lille, killing five people. ' +
    'The owner of the lorry was found shot dead in its cab.';

  it("the one found shot belongs to the attack just told, not to the article's other shooting", () => {
    const incs = incidentsOf('2021-03-12', text);
    const ramming = incs.find((i) => i.kind === 'vehicle attack');
    expect(ramming?.place).toBe('Lille');
    expect(said(ramming?.mentions ?? [])).toContain('was found shot');
    expect(ramming?.participants.filter((p) => p.role === 'victim').map((p) => p.name)).toContain('owner');
    const shooting = incs.find((i) => i.kind === 'shooting');
    expect(shooting?.place).toBe('Genoa');
    expect(said(shooting?.mentions ?? [])).not.toContain('was found shot');
  });

  it('a shooting with a town and a day of its own stays apart from the attack', () => {
    const incs = incidentsOf('2021-03-12', text);
    expect(incs.filter((i) => i.kind === 'shooting').map((i) => i.place)).toEqual(['Genoa']);
  });
});

describe('"this town" in a datelined report', () => {
  it('is the dateline place, for an event of that sentence with no place of its own', () => {
    const text =
      'DAYTON, Ohio — City offices reopened on Monday after a tense weekend. Shops on Main Street were busy again. ' +
      'The mayor thanked residents for their patience. ' +
      'Police said a suspect was arrested on Sunday while hiding in a shed behind a church in this city.';
    const [arrest] = incidentsOf('2020-06-15', text);
    expect([arrest?.kind, arrest?.place]).toEqual(['arrest', 'Dayton']);
    expect(arrest?.merges?.join(' ') ?? '').not.toMatch(/dateline-of-the-report/);
    // without the words the sentence names no place: only the report's fallback (rule place/dateline-of-the-report)
    // puts it at the dateline
    const [unplaced] = incidentsOf('2020-06-15', text.replace(' in this city', ''));
    expect(unplaced?.merges?.join(' ') ?? '').toMatch(/dateline-of-the-report/);
  });
});
