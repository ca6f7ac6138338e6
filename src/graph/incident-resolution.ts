// An article's write without some of its incidents: the graph writer takes every incident out of the write and
// stores it as a frame instead (src/graph/incident-frames.ts), which derives the Incident nodes.
import type { ArticleWrite } from './rows.js';

/**
 * The write without the given incidents: their nodes, mentions, coverage and relationships.
 */
export function withoutIncidents(w: ArticleWrite, keys: ReadonlySet<string>): ArticleWrite {
  const relations: ArticleWrite['relations'] = {};
  for (const [type, rows] of Object.entries(w.relations) as [
    keyof ArticleWrite['relations'],
    ArticleWrite['relations'][keyof ArticleWrite['relations']],
  ][]) {
    relations[type] = rows?.filter((r) => !keys.has(r.from) && !keys.has(r.to));
  }
  return {
    ...w,
    entities: { ...w.entities, incident: w.entities.incident.filter((r) => !keys.has(r.key)) },
    sentenceMentions: w.sentenceMentions.filter((m) => !keys.has(m.key)),
    articleMentions: w.articleMentions.filter((m) => !keys.has(m.key)),
    covers: w.covers.filter((k) => !keys.has(k)),
    relations,
  };
}
