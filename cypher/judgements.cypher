// Analyst judgements (src/graph/judgements.ts): stored apart from extracted facts, one node each.
CREATE CONSTRAINT judgement_id IF NOT EXISTS FOR (j:Judgement) REQUIRE j.id IS UNIQUE;
// Entities merged into another by a judgement point at it; the entity page lists them.
CREATE INDEX entity_merged_into IF NOT EXISTS FOR (n:Entity) ON (n.mergedInto);
