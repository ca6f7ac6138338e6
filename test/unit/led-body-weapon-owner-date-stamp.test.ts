import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { stampedDate } from '../../src/news/conventions.js';
import type { IncidentEntity, OrganizationEntity } from '../../src/extract/types.js';
import { res } from '../helpers/resources.js';

const run = (text: string, title?: string) => {
  const r = extract({ text, ...(title ? { title } : {}) }, res);
  return {
    orgs: r.entities.filter((e): e is OrganizationEntity => e.type === 'organization'),
    incidents: r.entities.filter((e): e is IncidentEntity => e.type === 'incident'),
    names: r.entities.map((e) => e.name),
  };
};

describe('rule entities/led-body', () => {
  it('a name joined by "-led" to a noun for a body nations or groups form is that body, an organisation', () => {
    const { orgs } = run(
      'A NATO-led alliance took over the airfield at Kandor on Tuesday. Jets of the Kenyan-led coalition patrolled the port.',
    );
    expect(orgs.find((o) => o.name === 'NATO-led alliance')?.kind).toBe('agency');
    expect(orgs.find((o) => o.name === 'Kenyan-led coalition')?.kind).toBe('agency');
  });

  it('"-led" before a noun for the leader\'s own men, mission or office names no body (mentions.ledBodyHeads)', () => {
    const { names } = run(
      'A NATO-led mission took over the airfield at Kandor on Tuesday. Officers of the Kenyan-led force patrolled the port. ' +
        'The Hamas-led government said it would not resign, and U.S.-led forces searched the hills.',
    );
    expect(names.filter((n) => /-led/.test(n))).toEqual([]);
  });

  it('other hyphenated participles still make no name ("-listed", "-backed"), nor "-led" before a common noun', () => {
    const { names } = run(
      'Shares of a Tokyo-listed carmaker fell. The U.N.-backed talks stalled. A Labour-led review of bus fares ended.',
    );
    expect(names.some((n) => /-(?:listed|backed|led)/.test(n))).toBe(false);
  });
});

describe('rule entities/hyphenated-modifier with irregular participles (mentions.hyphenParticiples)', () => {
  it('"-run", "-born", "-built", "-held" joined to a name make an adjective, not a person, body or place', () => {
    const { names } = run(
      'Doctors in the Houthi-run health ministry said 12 people died. A Somali-born nurse was among them. ' +
        'Water from the Chinese-built dam reached the rebel-held town of Qarda, where a Kabul-bound convoy waited.',
    );
    expect(names.filter((n) => /-(?:run|born|built|held|bound)\b/.test(n))).toEqual([]);
    expect(names).not.toContain('Houthi-run');
  });
});

describe('rule perpetrator/weapon-belongs-to', () => {
  it('the body said to own the aircraft of an air strike is its doer, though that sentence names no incident', () => {
    const { orgs, incidents } = run(
      'An air strike hit a wedding party in the village of Qarda on Monday, killing 14 guests, medics said. ' +
        'Villagers said the warplanes belonged to the Emirati-led alliance, which has backed the government since 2015.',
    );
    const strike = incidents.find((i) => i.kind === 'air strike');
    const alliance = orgs.find((o) => o.name === 'Emirati-led alliance');
    expect(alliance).toBeDefined();
    expect(strike?.participants.filter((p) => p.role === 'perpetrator').map((p) => p.entity)).toEqual([alliance?.id]);
  });

  it('rule perpetrator/weapon-belongs-to-target: the owner of aircraft the attackers brought down is no side that did it', () => {
    const { orgs, incidents } = run(
      'Insurgents shot down two helicopters over the village of Qarda on Monday, killing six crew members, officials said. ' +
        'Residents said the helicopters belonged to the Emirati-led alliance.',
    );
    const downing = incidents.find((i) => i.killed === 6);
    const alliance = orgs.find((o) => o.name === 'Emirati-led alliance');
    expect(alliance).toBeDefined();
    expect(downing?.participants.some((p) => p.entity === alliance?.id)).toBe(false);
  });

  it('a passive "were destroyed" makes the weapon a target too, but a weapon only used keeps its owner as the doer', () => {
    const lost = run(
      'Gunmen attacked an airfield near Qarda on Monday, killing two guards. Three drones were destroyed in the raid, ' +
        'and officials said the drones belonged to the Emirati-led alliance.',
    );
    const alliance = lost.orgs.find((o) => o.name === 'Emirati-led alliance');
    expect(lost.incidents.some((i) => i.participants.some((p) => p.entity === alliance?.id))).toBe(false);
    const used = run(
      'A drone strike hit a fuel convoy near Qarda on Monday, killing two drivers. Officials said the drones belonged to the Emirati-led alliance.',
    );
    const owner = used.orgs.find((o) => o.name === 'Emirati-led alliance');
    const strike = used.incidents.find((i) => i.killed === 2);
    expect(strike?.participants.find((p) => p.entity === owner?.id)?.role).toBe('perpetrator');
  });

  it('a weapon said to belong to a body that is neither an armed group nor a state force names no doer', () => {
    const { incidents } = run(
      'An air strike hit a fuel depot near Qarda on Monday, killing three workers. ' +
        'The drones belonged to Harlan Aerial Imaging, a survey firm, whose staff had filmed the depot.',
    );
    const strike = incidents.find((i) => i.kind === 'air strike');
    expect(strike?.participants.filter((p) => p.role === 'perpetrator')).toEqual([]);
  });
});

describe('rule news/date-stamp-line', () => {
  it('reads the day a labelled line near the top gives, slashed dates day first unless only month first fits', () => {
    expect(stampedDate(res.words, 'Date: 21/02/2025\n\nPolice said …')).toBe('2025-02-21');
    expect(stampedDate(res.words, 'Date: 02/21/2025\nPolice said …')).toBe('2025-02-21');
    expect(stampedDate(res.words, 'Date: 03/04/2025\nPolice said …')).toBe('2025-04-03');
    expect(stampedDate(res.words, 'Updated 14 March 2024 10:05 GMT\n\n09:15 - Gunmen …')).toBe('2024-03-14');
    expect(stampedDate(res.words, 'Published: June 2, 2023\nA fire …')).toBe('2023-06-02');
  });

  it('a date in prose, or a stamp far down the text, is no stamp', () => {
    expect(stampedDate(res.words, 'The trial date is 3 May 2024, the court said.')).toBeNull();
    expect(stampedDate(res.words, 'a\nb\nc\nd\ne\nf\ng\nDate: 21/02/2025')).toBeNull();
  });

  it('the stamp dates the article, so a weekday in the story resolves against it and the stamp is no event day', () => {
    const { incidents } = run(
      'Date: 21/02/2025\n\nDetectives are appealing for witnesses after a fire at a warehouse on Dock Road in Exton on Wednesday night that is being treated as arson.',
      'Warehouse fire treated as arson',
    );
    const arson = incidents.find((i) => i.kind === 'arson');
    expect(arson?.date).toBe('2025-02-19');
  });
});

describe('rule entities/person-from-town', () => {
  it('a known town after a noun of people and "from" is a place, not a body', () => {
    const r = extract(
      { text: 'Officers said a 41-year-old woman from Bolton had been arrested on suspicion of assault.' },
      res,
    );
    const bolton = r.entities.filter((e) => e.name === 'Bolton');
    expect(bolton.map((e) => e.type)).toEqual(['place']);
  });

  it('a body named after "from" elsewhere in the sentence keeps its type', () => {
    const r = extract({ text: 'A statement from Lancashire Police said two men had been detained.' }, res);
    expect(r.entities.find((e) => e.name === 'Lancashire Police')?.type).toBe('organization');
  });
});
