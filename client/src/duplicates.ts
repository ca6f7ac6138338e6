// Editors' view: clusters of near-duplicate and same-story articles, and a side-by-side comparison with the
// passages both articles share highlighted.
import type { ArticleResponse, DuplicatesResponse } from '../../src/api/contract.ts';
import { api } from './api.ts';
import { clear, formatDate, h, highlightRuns } from './dom.ts';
import { sharedPassages } from './ngrams.ts';

type Cluster = DuplicatesResponse['clusters'][number];

export interface ClusterFilter {
  outlet: string;
  from: string;
  to: string;
  title: string;
}

const ROLE_TEXT: Record<Cluster['articles'][number]['role'], string> = {
  original: 'original',
  copy: 'copy',
  'follow-up': 'follow-up',
};

/** A cluster is shown when one of its articles passes every filter (outlet, published day range, all title words). */
export function clusterMatches(c: Cluster, f: ClusterFilter): boolean {
  const words = f.title.toLowerCase().split(/\s+/).filter(Boolean);
  return c.articles.some((a) => {
    if (f.outlet && a.source !== f.outlet) return false;
    const day = a.published?.slice(0, 10) ?? '';
    if (f.from && (!day || day < f.from)) return false;
    if (f.to && (!day || day > f.to)) return false;
    const title = a.title.toLowerCase();
    return words.every((w) => title.includes(w));
  });
}

export interface DuplicatesView {
  load(): Promise<void>;
  compare(a: string, b: string): Promise<void>;
}

export function createDuplicatesView(
  listHost: HTMLElement,
  compareHost: HTMLElement,
  onError: (m: string) => void,
  onCompare: (a: string, b: string) => void,
): DuplicatesView {
  let loaded: DuplicatesResponse | null = null;
  const chosen: string[] = [];
  const filter: ClusterFilter = { outlet: '', from: '', to: '', title: '' };

  /** outlet, dates and title words, applied to the loaded clusters as the editor types */
  const controls = () => {
    const outlets = [
      ...new Set(loaded?.clusters.flatMap((c) => c.articles.map((a) => a.source ?? '')).filter(Boolean) ?? []),
    ].sort();
    const outlet = h(
      'select',
      { id: 'dup-outlet' },
      h('option', { value: '' }, 'All outlets'),
      ...outlets.map((o) => h('option', { value: o, selected: o === filter.outlet }, o)),
    );
    const from = h('input', { type: 'date', id: 'dup-from', value: filter.from });
    const to = h('input', { type: 'date', id: 'dup-to', value: filter.to });
    const title = h('input', {
      type: 'search',
      id: 'dup-title',
      value: filter.title,
      placeholder: 'Words in a title',
      autocomplete: 'off',
    });
    const apply = () => {
      Object.assign(filter, { outlet: outlet.value, from: from.value, to: to.value, title: title.value });
      renderClusters();
    };
    outlet.addEventListener('change', apply);
    from.addEventListener('change', apply);
    to.addEventListener('change', apply);
    title.addEventListener('input', apply);
    return h(
      'div',
      { class: 'dup-filters', role: 'group', 'aria-label': 'Filter clusters' },
      h('label', { for: 'dup-title' }, 'Title'),
      title,
      h('label', { for: 'dup-outlet' }, 'Outlet'),
      outlet,
      h('label', { for: 'dup-from' }, 'From'),
      from,
      h('label', { for: 'dup-to' }, 'To'),
      to,
    );
  };

  const clustersHost = h('div', { class: 'dup-clusters' });
  const cmp = h('button', { type: 'button', class: 'primary sticky' });
  cmp.addEventListener('click', () => chosen.length === 2 && onCompare(chosen[0]!, chosen[1]!));
  const updateCompare = () => {
    cmp.disabled = chosen.length !== 2;
    cmp.textContent = `Compare ticked (${chosen.length}/2)`;
  };

  const renderList = () => {
    clear(listHost);
    if (!loaded) return;
    updateCompare();
    listHost.append(
      cmp,
      h('h2', {}, 'Copies and same-story clusters'),
      h(
        'p',
        { class: 'dim' },
        'Tick two articles and press Compare, or compare the first two of a cluster. Original: an independent report; copy: a reprint of another article; follow-up: written days after the incident.',
      ),
      controls(),
      clustersHost,
    );
    renderClusters();
  };

  const renderClusters = () => {
    clear(clustersHost);
    if (!loaded) return;
    const shown = loaded.clusters.filter((c) => clusterMatches(c, filter));
    clustersHost.append(
      h('p', { class: 'dim small', id: 'dup-count' }, `${shown.length} of ${loaded.clusters.length} clusters`),
    );
    if (shown.length === 0) clustersHost.append(h('p', { class: 'dim' }, 'No duplicates or shared stories found.'));
    for (const c of shown) {
      const ul = h('ul', { class: 'cluster-articles' });
      for (const a of c.articles) {
        const id = `dup-${c.id}-${a.id}`.replace(/[^\w-]/g, '_');
        const box = h('input', { type: 'checkbox', id, value: a.id, checked: chosen.includes(a.id) });
        box.addEventListener('change', () => {
          const i = chosen.indexOf(a.id);
          if (box.checked && i < 0) chosen.push(a.id);
          if (!box.checked && i >= 0) chosen.splice(i, 1);
          while (chosen.length > 2) chosen.shift();
          clustersHost.querySelectorAll<HTMLInputElement>('input[type=checkbox]').forEach((b) => {
            b.checked = chosen.includes(b.value);
          });
          updateCompare();
        });
        const original = a.copyOf ? c.articles.find((x) => x.id === a.copyOf) : undefined;
        ul.append(
          h(
            'li',
            { class: `role-${a.role}` },
            box,
            h(
              'label',
              { for: id },
              h('span', { class: `role-badge role-${a.role}` }, ROLE_TEXT[a.role]),
              ' ',
              a.title || a.id,
              h(
                'span',
                { class: 'dim small' },
                ` — ${a.source ?? 'unknown outlet'}, ${formatDate(a.published)}${a.score !== null ? `, similarity ${a.score.toFixed(2)}` : ''}${original ? `; copies ${original.source ?? 'unknown outlet'}` : ''}`,
              ),
            ),
          ),
        );
      }
      const first = c.articles[0];
      const second = c.articles[1];
      const btn = h(
        'button',
        {
          type: 'button',
          class: 'small-btn',
          disabled: !(first && second),
          'aria-label': `Compare the first two articles of ${c.label}`,
        },
        'Compare first two',
      );
      btn.addEventListener('click', () => first && second && onCompare(first.id, second.id));
      const outlets = new Set(c.articles.map((a) => a.source ?? '')).size;
      clustersHost.append(
        h(
          'section',
          { class: `cluster kind-${c.kind.replace(' ', '-')}` },
          h('h3', {}, h('span', { class: 'badge' }, c.kind), ` ${c.label}`),
          h(
            'p',
            { class: 'dim small cluster-count' },
            `${c.articles.length} article${c.articles.length === 1 ? '' : 's'}, ${c.independent} independent, ${outlets} outlet${outlets === 1 ? '' : 's'}`,
          ),
          ul,
          btn,
        ),
      );
    }
  };

  const column = (res: ArticleResponse, spans: Array<{ start: number; end: number }>, coverage: number) => {
    const text = h('div', { class: 'article-text' });
    for (const run of highlightRuns(res.article.text, spans))
      text.append(run.span ? h('mark', { class: 'shared' }, run.text) : run.text);
    return h(
      'article',
      { class: 'compare-col', 'aria-label': res.article.title },
      h('h3', {}, res.article.title || res.article.id),
      h(
        'p',
        { class: 'meta' },
        `${res.article.source ?? 'unknown outlet'} · ${formatDate(res.article.published)} · ${Math.round(coverage * 100)}% shared`,
      ),
      text,
    );
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
          h(
            'p',
            { class: 'dim' },
            `Highlighted: passages of six or more words found in both (${shared.a.length} passage${shared.a.length === 1 ? '' : 's'}).`,
          ),
          h(
            'div',
            { class: 'compare' },
            column(ra, shared.a, shared.coverageA),
            column(rb, shared.b, shared.coverageB),
          ),
        );
      } catch (err) {
        clear(compareHost);
        onError(`Could not compare: ${err instanceof Error ? err.message : String(err)}`);
      }
    },
  };
}
