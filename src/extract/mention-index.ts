// Entity mentions grouped by sentence and sorted by offset, for the incident and relation passes.
import type { NamedEntity } from './entities.js';
import type { Mention } from './types.js';

export interface EntityMention {
  entity: NamedEntity;
  mention: Mention;
}

export class MentionIndex {
  private readonly bySentence = new Map<number, EntityMention[]>();

  constructor(entities: NamedEntity[]) {
    for (const entity of entities) {
      for (const mention of entity.mentions) {
        const list = this.bySentence.get(mention.sentence) ?? [];
        list.push({ entity, mention });
        this.bySentence.set(mention.sentence, list);
      }
    }
    for (const list of this.bySentence.values())
      list.sort((a, b) => a.mention.start - b.mention.start || b.mention.end - a.mention.end);
  }

  inSentence(sentence: number): EntityMention[] {
    return this.bySentence.get(sentence) ?? [];
  }

  /** mentions lying inside [start, end) of one sentence */
  within(sentence: number, start: number, end: number): EntityMention[] {
    return this.inSentence(sentence).filter((m) => m.mention.start >= start && m.mention.end <= end);
  }

  /** the mention covering offset `pos`, if any */
  at(sentence: number, pos: number): EntityMention | undefined {
    return this.inSentence(sentence).find((m) => m.mention.start <= pos && pos < m.mention.end);
  }
}
