// The main search box (GET /api/find): names, incident names and what articles say, grouped as entities, incidents
// and articles, each with the matching words highlighted; arrow keys move through all groups.
import type { FindResponse, NodeType, TextSnippet } from '../../src/api/contract.ts';
import { api } from './api.ts';
import { combobox, entityOption, type AddOption } from './combobox.ts';
import { formatDate, h, highlightRuns } from './dom.ts';
import { TYPE_STYLE } from './graph/style.ts';

export interface FindOptions {
  input: HTMLInputElement;
  list: HTMLUListElement;
  typeSelect: HTMLSelectElement;
  onEntity: (key: string) => void;
  onArticle: (id: string) => void;
  onError: (message: string) => void;
}

function marked(text: string, spans: TextSnippet['highlights'], cls = ''): HTMLElement {
  const out = h('span', { class: cls });
  for (const run of highlightRuns(text, spans)) out.append(run.span ? h('mark', {}, run.text) : run.text);
  return out;
}

/** What the type control keeps of an answer: a type shows only those entities (and no articles). */
export function filterFound(res: FindResponse, type: NodeType | ''): FindResponse {
  if (!type) return res;
  return {
    entities: res.entities.filter((e) => e.type === type),
    incidents: type === 'incident' ? res.incidents : [],
    articles: [],
  };
}

export function findBox(opts: FindOptions): void {
  const { input, list, typeSelect } = opts;

  const group = (title: string, items: HTMLElement[]) => {
    if (items.length === 0) return;
    const id = `${list.id}-${title.toLowerCase()}`;
    list.append(h('li', { role: 'presentation', class: 'group-head', id }, title));
    for (const it of items) {
      it.setAttribute('aria-describedby', id);
      list.append(it);
    }
  };

  const render = (res: FindResponse, _q: string, option: AddOption) => {
    group(
      'Entities',
      res.entities.map((e) => option(() => opts.onEntity(e.key), ...entityOption(e))),
    );
    group(
      'Incidents',
      res.incidents.map((e) =>
        option(
          () => opts.onEntity(e.key),
          h(
            'span',
            { class: 'sym', style: `color:${TYPE_STYLE.incident.color}`, 'aria-hidden': 'true' },
            TYPE_STYLE.incident.symbol,
          ),
          h('span', { class: 'opt-name' }, e.name),
          h(
            'span',
            { class: 'opt-meta' },
            `${e.kind ?? 'incident'}${e.date ? ` · ${formatDate(e.date)}` : ''} · ${e.articles} art.${e.via === 'articles' ? ' · found in its articles' : ''}`,
          ),
          e.snippet
            ? marked(e.snippet.text, e.snippet.highlights, 'opt-snippet')
            : e.matched
              ? h('span', { class: 'opt-alias' }, `matched “${e.matched}”`)
              : null,
        ),
      ),
    );
    group(
      'Articles',
      res.articles.map((a) =>
        option(
          () => opts.onArticle(a.id),
          h('span', { class: 'sym', 'aria-hidden': 'true' }, '¶'),
          marked(a.title, a.titleHighlights, 'opt-name'),
          h(
            'span',
            { class: 'opt-meta' },
            `${a.source ?? 'unknown outlet'} · ${formatDate(a.published)}${a.isCopy ? ' · copy' : ''}${a.sentences > 1 ? ` · ${a.sentences} matching sentences` : ''}`,
          ),
          a.snippet ? marked(a.snippet.text, a.snippet.highlights, 'opt-snippet') : null,
        ),
      ),
    );
  };

  const { lookup } = combobox({
    input,
    list,
    fetch: async (q, signal) => filterFound(await api.find(q, 8, signal), typeSelect.value as NodeType | ''),
    render,
    empty: (q) => `Nothing found for “${q}”`,
    onError: opts.onError,
  });
  typeSelect.addEventListener('change', () => {
    if (input.value.trim()) lookup();
  });
}
