// Rule persons/context-on-demand (src/graph/person-identity.ts): the batch's people are decided with the stored
// people's contexts unread, and only those a comparison uses are read; the decisions are those made with every
// context given. People and articles made up for these tests.
import { describe, expect, it } from 'vitest';
import { decideReadingContexts } from '../../src/graph/entity-context.js';
import {
  comparePerson,
  decideBatchPersons,
  personContextScope,
  type PersonProfile,
  type StoredLone,
  type StoredPerson,
} from '../../src/graph/person-identity.js';
import type { OrgResolution } from '../../src/graph/org-acronyms.js';
import type { ArticleWrite, PersonRow } from '../../src/graph/rows.js';
import { articleWrite } from '../helpers/article-write.js';

const person = (key: string, name: string, more: Partial<PersonRow> = {}): PersonRow =>
  ({ key, name, aliases: [], type: 'person', countries: [], roles: [], context: [], ...more }) as PersonRow;

const write = (id: string, people: PersonRow[]): ArticleWrite => articleWrite(id, { person: people });

const stored = (key: string, context: string[], more: Partial<StoredPerson> = {}): StoredPerson => ({
  nameKey: key.split('#')[0]!,
  key,
  name: key.replace(/^person:(titled:[a-z]+:)?/, ''),
  aliases: [],
  countries: [],
  homeCountries: [],
  roles: [],
  context,
  ...more,
});

/** the stored people's contexts, read as the writer would, counting the people read */
function reader(all: readonly StoredPerson[]) {
  const read: string[] = [];
  return {
    read,
    fn: async (keys: string[]) => {
      read.push(...keys);
      return new Map(all.filter((s) => keys.includes(s.key)).map((s) => [s.key, s.context ?? []]));
    },
  };
}

const unreadOf = (s: StoredPerson): StoredPerson => ({ ...s, context: null });

/** the batch decided with every stored context given, and again reading contexts on demand: both must agree */
async function decidedBothWays(writes: ArticleWrite[], all: StoredPerson[]) {
  const given = decideBatchPersons(writes, all);
  const r = reader(all);
  const onDemand = await decideReadingContexts(
    (pass, unread) => decideBatchPersons(writes, pass, [], [], [], unread),
    all.map(unreadOf),
    r.fn,
  );
  expect(onDemand).toEqual(given);
  return { given, read: r.read };
}

describe('person contexts read on demand', () => {
  it('comparePerson reads the stored context only when a guard needs it', () => {
    let reads = 0;
    const profile = (key: string, countries: string[]): PersonProfile => ({
      key,
      countries,
      homeCountries: [],
      roles: [],
      get context() {
        reads++;
        return ['org:name:harbour board'];
      },
    });
    const row: PersonProfile = {
      key: 'person:tova lindqvist',
      countries: ['SE'],
      homeCountries: [],
      roles: [],
      context: ['org:name:harbour board'],
    };
    expect(comparePerson(row, profile('person:tova lindqvist', ['SE']), new Map()).compatible).toBe(true);
    expect(reads).toBe(0);
    // different countries: compatible only with two shared entities, so the context is read
    expect(comparePerson(row, profile('person:tova lindqvist', ['NO']), new Map()).compatible).toBe(false);
    expect(reads).toBe(1);
  });

  it('decides as with every context given, reading only the contexts compared on', async () => {
    const all = [
      // one namesake, same country: joined without comparing contexts
      stored('person:tova lindqvist', ['org:name:harbour board'], { countries: ['SE'] }),
      // a title and one name: joined only with a shared entity, so its context is read
      stored('person:titled:judge:okafor', ['org:name:lagos court']),
      // two namesakes of one name, both fitting: the one sharing more entities wins
      stored('person:ines marlowe', ['place:city:leeds']),
      stored('person:ines marlowe#ie', ['org:name:dublin port', 'place:city:cork'], { countries: ['IE'] }),
    ];
    const writes = [
      write('a1', [
        person('person:tova lindqvist', 'Tova Lindqvist', { countries: ['SE'], context: ['org:name:ferry line'] }),
        person('person:titled:judge:okafor', 'Judge Okafor', { context: ['org:name:lagos court'] }),
      ]),
      write('a2', [
        person('person:ines marlowe', 'Ines Marlowe', { context: ['org:name:dublin port', 'place:city:cork'] }),
      ]),
    ];
    const { given, read } = await decidedBothWays(writes, all);
    expect(given.people[0]!.map((p) => p.to)).toEqual(['person:tova lindqvist', 'person:titled:judge:okafor']);
    expect(given.people[1]!.map((p) => p.to)).toEqual(['person:ines marlowe#ie']);
    expect(read.sort()).toEqual(['person:ines marlowe', 'person:ines marlowe#ie', 'person:titled:judge:okafor']);
  });

  it('a lone surname compared with its only bearer reads the bearer joined earlier in the batch', async () => {
    const all = [stored('person:omar haddad', ['org:name:port authority'], { countries: ['LB'] })];
    const writes = [
      write('b1', [person('person:omar haddad', 'Omar Haddad', { countries: ['LB'], context: ['place:city:tyre'] })]),
      write('b2', [person('person:local:b2:haddad', 'Haddad', { context: ['org:name:port authority'] })]),
    ];
    const { given, read } = await decidedBothWays(writes, all);
    expect(given.people[1]!.map((p) => p.to)).toEqual(['person:omar haddad']);
    expect(read).toEqual(['person:omar haddad']);
  });

  // rule persons/context-within-batch: the stored contexts cut to the batch's scope decide as the whole ones
  it('decides with the contexts cut to the batch scope as with the whole contexts', async () => {
    const far = (n: number) => Array.from({ length: n }, (_, i) => `org:name:unrelated body ${i}`);
    const all = [
      // kept apart by countries unless two entities are shared: one is in the batch, many others are not
      stored('person:lena vaskova', [...far(40), 'org:name:river council', 'place:country:CZ'], { countries: ['CZ'] }),
      stored('person:lena vaskova#sk', [...far(10), 'org:name:river council', 'place:city:kosice'], {
        countries: ['SK'],
      }),
      // a bearer a surname alone of the batch shares one entity with
      stored('person:piet drummel', [...far(25), 'org:name:north sea pilots'], { countries: ['NL'] }),
      // a bearer compared with a stored surname alone, whose article shares another stored entity
      stored('person:aino kettunen', [...far(5), 'place:city:oulu'], { countries: ['FI'] }),
    ];
    const lones: StoredLone[] = [
      {
        surname: 'kettunen',
        key: 'person:local:old1:kettunen',
        name: 'Kettunen',
        articleId: 'old1',
        countries: [],
        homeCountries: ['SE'],
        roles: [],
        context: ['place:city:oulu\tOulu'],
      },
    ];
    const writes = [
      write('c1', [
        person('person:lena vaskova', 'Lena Vaskova', {
          countries: ['SK'],
          context: ['org:name:river council', 'place:city:kosice'],
        }),
      ]),
      write('c2', [
        person('person:piet drummel', 'Piet Drummel', { homeCountry: 'NL', context: ['org:name:nsp'] }),
        person('person:aino kettunen', 'Aino Kettunen', { homeCountry: 'FI', context: ['place:city:bergen'] }),
      ]),
      write('c3', [person('person:local:c3:drummel', 'Drummel', { homeCountry: 'BE', context: ['org:name:nsp'] })]),
    ];
    // the batch's acronym decisions: the third article's "NSP" is the stored body
    const orgs: OrgResolution[][] = [[], [], [{ from: 'org:name:nsp', to: 'org:name:north sea pilots', reason: '' }]];
    const scope = new Set(personContextScope(writes, orgs, all, lones));
    expect(scope.has('org:name:unrelated body 0')).toBe(false);
    expect(scope.has('org:name:north sea pilots')).toBe(true);
    expect(scope.has('place:city:oulu')).toBe(true);
    const decide = (pass: StoredPerson[], unread: Set<string>) =>
      decideBatchPersons(writes, pass, lones, orgs, [], unread);
    const whole = await decideReadingContexts(decide, all.map(unreadOf), reader(all).fn);
    const cut = all.map((s) => ({ ...s, context: (s.context ?? []).filter((k) => scope.has(k)) }));
    const within = await decideReadingContexts(decide, all.map(unreadOf), reader(cut).fn);
    expect(within).toEqual(whole);
    // the guards did compare on the contexts: a namesake kept apart, surnames alone joined on a shared entity
    expect(whole.people[0]!.map((p) => p.to)).toEqual(['person:lena vaskova#sk']);
    expect(whole.people[2]!.map((p) => p.to)).toEqual(['person:piet drummel']);
    expect(whole.storedJoins.map((j) => j.to)).toEqual(['person:aino kettunen']);
  });
});
