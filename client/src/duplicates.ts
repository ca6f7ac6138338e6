// Editors' view: clusters of near-duplicate and same-story articles, and a side-by-side comparison with the
// passages both articles share highlighted.
import type { ArticleResponse, DuplicatesResponse } from '../../src/api/contract.ts';
import { api } from './api.ts';
import { clear, formatDate, h, highlightRuns } from './dom.ts';
import { sharedPassages } from './ngrams.ts';

export interface DuplicatesView {
  load(): Promise<void>;
  compare(a: string, b: string): Promise<void>;
}

export function createDuplicatesView(listHost: HTMLElement, compareHost: HTMLElement, onError: (m: string) => void,
  onCompare: (a: string, b: string) => void): DuplicatesView {
  let loaded: DuplicatesResponse | null = null;
  const chosen: string[] = [];

  const renderList = () => {
    clear(listHost);
    if (!loaded) return;
    listHost.append(h('h2', {}, `Duplicate clusters (${loaded.clusters.length})`),
      h('p', { class: 'dim' }, 'Tick two articles and press Compare, or compare the first two of a cluster.'));
    if (loaded.clusters.length === 0) listHost.append(h('p', { class: 'dim' }, 'No duplicates or shared stories found.'));
    for (const c of loaded.clusters) {
      const ul = h('ul', { class: 'cluster-articles' });
      for (const a of c.articles) {
        const id = `dup-${c.id}-${a.id}`.replace(/[^\w-]/g, '_');
        const box = h('input', { type: 'checkbox', id, value: a.id, checked: chosen.includes(a.id) });
        box.addEventListener('change', () => {
          const i = chosen.indexOf(a.id);
          if (box.checked && i < 0) chosen.push(a.id);
          if (!box.checked && i >= 0) chosen.splice(i, 1);
          while (chosen.length > 2) chosen.shift();
          renderList();
        });
        ul.append(h('li', {}, box, h('label', { for: id }, a.title || a.id,
          h('span', { class: 'dim small' }, ` — ${a.source ?? 'unknown outlet'}, ${formatDate(a.published)}${a.score !== null ? `, score ${a.score.toFixed(2)}` : ''}`))));
      }
      const first = c.articles[0];
      const second = c.articles[1];
      const btn = h('button', { type: 'button', class: 'small-btn', disabled: !(first && second), 'aria-label': `Compare the first two articles of ${c.label}` }, 'Compare first two');
      btn.addEventListener('click', () => first && second && onCompare(first.id, second.id));
      listHost.append(h('section', { class: `cluster kind-${c.kind.replace(' ', '-')}` },
        h('h3', {}, h('span', { class: 'badge' }, c.kind), ` ${c.label}`), ul, btn));
    }
    const cmp = h('button', { type: 'button', class: 'primary sticky', disabled: chosen.length !== 2 }, `Compare ticked (${chosen.length}/2)`);
    cmp.addEventListener('click', () => chosen.length === 2 && onCompare(chosen[0]!, chosen[1]!));
    listHost.prepend(cmp);
  };

  const column = (res: ArticleResponse, spans: Array<{ start: number; end: number }>, coverage: number) => {
    const text = h('div', { class: 'article-text' });
    for (const run of highlightRuns(res.article.text, spans)) text.append(run.span ? h('mark', { class: 'shared' }, run.text) : run.text);
    return h('article', { class: 'compare-col', 'aria-label': res.article.title },
      h('h3', {}, res.article.title || res.article.id),
      h('p', { class: 'meta' }, `${res.article.source ?? 'unknown outlet'} · ${formatDate(res.article.published)} · ${Math.round(coverage * 100)}% shared`),
      text);
  };

  return {
    async load() {
      clear(listHost);
      listHost.append(h('p', { class: 'dim', role: 'status' }, 'Loading clusters…'));
      try {
        loaded = await api.duplicates();
        renderList();
      } catch (err) {
        onError(`Could not load duplicates: ${err instanceof Error ? err.message : String(err)}`);
      }
    },
    async compare(a, b) {
      clear(compareHost);
      compareHost.append(h('p', { class: 'dim', role: 'status' }, 'Loading both articles…'));
      try {
        const [ra, rb] = await Promise.all([api.article(a), api.article(b)]);
        const shared = sharedPassages(ra.article.text, rb.article.text);
        clear(compareHost);
        compareHost.append(
          h('h2', {}, 'Side by side'),
          h('p', { class: 'dim' }, `Highlighted: passages of six or more words found in both (${shared.a.length} passage${shared.a.length === 1 ? '' : 's'}).`),
          h('div', { class: 'compare' }, column(ra, shared.a, shared.coverageA), column(rb, shared.b, shared.coverageB)),
        );
      } catch (err) {
        clear(compareHost);
        onError(`Could not compare: ${err instanceof Error ? err.message : String(err)}`);
      }
    },
  };
}
