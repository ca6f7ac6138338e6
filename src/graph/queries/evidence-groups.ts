// Evidence sentences repeated word for word in several articles (wire copies: same Sentence.textHash) are shown
// once. Readers collect the members of each group (grouped by coalesce(s.textHash, s.id)); this picks the one shown.
import type { ArticleRef } from '../../api/contract.js';

export interface EvidenceMember {
  article: ArticleRef;
  /** position of the sentence in its article */
  index: number;
  /** its article is the source of a DUPLICATE_OF link, i.e. a copy of another article */
  isCopy: boolean;
}

/** Earliest published first (undated last), then article id. */
function olderFirst(x: ArticleRef, y: ArticleRef): number {
  if (x.published !== y.published) {
    if (x.published === null) return 1;
    if (y.published === null) return -1;
    return x.published < y.published ? -1 : 1;
  }
  return x.id === y.id ? 0 : x.id < y.id ? -1 : 1;
}

/** The original before copies, then the older article, then the earlier sentence. */
function shownFirst(x: EvidenceMember, y: EvidenceMember): number {
  if (x.isCopy !== y.isCopy) return x.isCopy ? 1 : -1;
  return olderFirst(x.article, y.article) || x.index - y.index;
}

/**
 * The member to show for a group of identical sentences, and the other articles carrying it, each once, oldest
 * first. The shown sentence's own article is never in `alsoIn`, even when it repeats the sentence itself.
 */
export function pickShown<T extends EvidenceMember>(members: readonly T[]): { shown: T; alsoIn: ArticleRef[] } | null {
  const shown = [...members].sort(shownFirst)[0];
  if (!shown) return null;
  const others = new Map<string, ArticleRef>();
  for (const m of members) if (m.article.id !== shown.article.id) others.set(m.article.id, m.article);
  return { shown, alsoIn: [...others.values()].sort(olderFirst) };
}
