// The shapes the incident-role tests read: the role phrases of one sentence, and the incidents of a text over a fixed
// set of invented entities (an armed group, a party, two people with their surnames, a town).
import { extract } from '../../src/extract/index.js';
import { findIncidents } from '../../src/extract/incidents.js';
import { roleCuesOf, rolePhrases, type RolePhrase } from '../../src/extract/incident-roles.js';
import type { IncidentEntity, ParticipantRole } from '../../src/extract/types.js';
import { fixture, type EntitySpec } from '../unit/extract-incidents.fixtures.js';
import { res } from './resources.js';

/** every role phrase of a sentence, offsets from its start */
export const rolePhrasesIn = (s: string): RolePhrase[] => rolePhrases(roleCuesOf(res), s, 0);

/** described phrases of a role (name slots, which count only where they hold a named person, left out) */
export const describedPhrases = (s: string, role: 'perpetrator' | 'victim'): string[] =>
  rolePhrasesIn(s)
    .filter((p) => p.role === role && !p.personOnly)
    .map((p) => p.text);

/** name slots: phrases that count only where they hold a named person */
export const nameSlots = (s: string): string[] =>
  rolePhrasesIn(s)
    .filter((p) => p.personOnly)
    .map((p) => p.text);

export const ROLE_TEST_ENTITIES: readonly EntitySpec[] = [
  { type: 'organization', name: 'Northern Liberation Front', kind: 'armed_group', forms: ['NLF'] },
  { type: 'organization', name: 'Popular Union', kind: 'party', forms: ['PU'] },
  { type: 'person', name: 'Ana Vidal', forms: ['Vidal'] },
  { type: 'person', name: 'Tomas Reyes', forms: ['Reyes'] },
  { type: 'place', name: 'Santa Clara', country: 'CU' },
];

/** the incidents of a text published on 2021-03-10, over the given entities */
export function roleIncidentsOf(text: string, specs: readonly EntitySpec[] = ROLE_TEST_ENTITIES): IncidentEntity[] {
  const { doc, entities } = fixture({ text, published: '2021-03-10' }, [...specs]);
  return findIncidents(doc, entities);
}

/** the names of the participants with a role, named or described */
export const participantNames = (incs: IncidentEntity[], r: ParticipantRole, described: boolean): string[] =>
  incs.flatMap((i) => i.participants.filter((p) => p.role === r && !!p.described === described).map((p) => p.name));

/** the victims of every incident the whole extractor finds in a text, by entity name or as described */
export const extractedVictims = (text: string): string[] => {
  const out = extract({ text }, res);
  const names = new Map(out.entities.map((e) => [e.id, e.name]));
  return out.entities
    .filter((e): e is IncidentEntity => e.type === 'incident')
    .flatMap((e) => e.participants.filter((p) => p.role === 'victim'))
    .map((p) => (p.entity ? names.get(p.entity) : undefined) ?? p.name ?? '');
};
