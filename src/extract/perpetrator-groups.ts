// Rule org/perpetrator-armed-group: a body the article names as the perpetrator of a violent incident (a shooting,
// a bombing …) is an armed group, when nothing else told its kind ("other": no lexicon entry, no head word). A state
// body (agency), a company, an outlet or an institution keeps its kind: only an untyped body is retyped. Runs after
// the incidents stage, so the incidents themselves read the kind the names gave; the reason goes on `merges`.
import { isViolentKind } from '../ontology/index.js';
import type { NamedEntity } from './entities.js';
import type { IncidentEntity } from './types.js';

export function typePerpetratorGroups(entities: readonly NamedEntity[], incidents: readonly IncidentEntity[]): void {
  const byId = new Map(entities.map((e) => [e.id, e]));
  for (const inc of incidents) {
    if (!isViolentKind(inc.kind)) continue;
    for (const p of inc.participants) {
      if (p.role !== 'perpetrator' || !p.entity) continue;
      const e = byId.get(p.entity);
      if (e?.type !== 'organization' || e.kind !== 'other') continue;
      e.kind = 'armed_group';
      (e.merges ??= []).push(
        `rule org/perpetrator-armed-group: kind armed_group, named as the perpetrator of "${inc.name}" (a violent incident)`,
      );
    }
  }
}
