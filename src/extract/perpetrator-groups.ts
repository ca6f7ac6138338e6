// Rule org/perpetrator-armed-group: the stage that applies it (its reason: PERPETRATOR_ARMED_GROUP below).
import { isViolentKind } from '../ontology/index.js';
import type { Doc } from './document.js';
import type { NamedEntity } from './entities.js';
import type { IncidentEntity } from './types.js';
import { inlineRule, isOn } from '../rules/index.js';

export const PERPETRATOR_ARMED_GROUP = inlineRule(
  'org/perpetrator-armed-group',
  'A body the article names as the perpetrator of a violent incident (a shooting, a bombing …) is an armed group, when nothing else told its kind ("other": no lexicon entry, no head word). A state body (agency), a company, an outlet or an institution keeps its kind: only an untyped body is retyped. Not where case tells nothing (every mention in a sentence in capitals, where body names are often misread spans), nor for a name the gazetteer knows as a place (a place misread as a body). Runs after the incidents stage, so the incidents themselves read the kind the names gave; the reason goes on `merges`.',
);

export function typePerpetratorGroups(
  doc: Doc,
  entities: readonly NamedEntity[],
  incidents: readonly IncidentEntity[],
): void {
  if (!isOn(doc.res.rules, PERPETRATOR_ARMED_GROUP)) return;
  const byId = new Map(entities.map((e) => [e.id, e]));
  const inCaps = (i: number) => !/\p{Ll}/u.test(doc.sentences[i]?.text ?? '');
  for (const inc of incidents) {
    if (!isViolentKind(inc.kind)) continue;
    for (const p of inc.participants) {
      if (p.role !== 'perpetrator' || !p.entity) continue;
      const e = byId.get(p.entity);
      if (e?.type !== 'organization' || e.kind !== 'other') continue;
      if (e.mentions.every((m) => inCaps(m.sentence))) continue;
      if (doc.res.gazetteer.placesByName.has(e.name.toLowerCase())) continue;
      e.kind = 'armed_group';
      (e.merges ??= []).push(
        `rule org/perpetrator-armed-group: kind armed_group, named as the perpetrator of "${inc.name}" (a violent incident)`,
      );
    }
  }
}
