// What a stored entity is compared by across articles (person identity, surname and acronym joins): the other named
// entities of the articles that mention it, read inside the write transaction as a COLLECT subquery. The distinct
// nodes come first and each one's key is read once (a key per node: the same list as DISTINCT keys, a property read
// per node instead of per mention), and no label test on them: every MENTIONS ends at an Entity.

/** the most co-mentioned keys read for one entity (a hub's articles may name thousands) */
export const CONTEXT_LIMIT = 5000;

/** keys of the entities other than `node` (not incidents) that the articles mentioning `node` mention */
export const coMentionedKeys = (node: string): string =>
  `COLLECT { MATCH (${node})<-[:MENTIONS]-(:Article)-[:MENTIONS]->(other) WHERE other <> ${node} AND NOT other:Incident ` +
  `WITH DISTINCT other LIMIT ${CONTEXT_LIMIT} RETURN other.key }`;

/** `value` (of `other`) for the entities other than `node` (not incidents) that `article` mentions */
export const articleContext = (article: string, node: string, value = 'other.key'): string =>
  `COLLECT { MATCH (${article})-[:MENTIONS]->(other) WHERE other <> ${node} AND NOT other:Incident ` +
  `WITH DISTINCT other LIMIT ${CONTEXT_LIMIT} RETURN ${value} }`;
