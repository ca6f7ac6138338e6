// The main search box (GET /api/find): names, incident names and what articles say, grouped as entities, incidents
// and articles, each with the matching words highlighted. An ARIA combobox; arrow keys move through all groups.
import type { FindResponse, NodeType, TextSnippet } from '../../src/api/contract.ts';
import { api } from './api.ts';
import { clear, formatDate, h, highlightRuns } from './dom.ts';
import { TYPE_STYLE } from './graph/style.ts';

export interface FindOptions {
  input: HTMLInputElement;
  list: HTMLUListElement;
  typeSelect: HTMLSelectElement;
  onEntity: (key: string) => void;
  onArticle: (id: string) => void;
  onError: (message: string) => void;
}

type Choice = { kind: 'entity'; key: string } | { kind: 'article'; id: string };

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
  let choices: Choice[] = [];
  let active = -1;
  let timer: number | undefined;
  let inflight: AbortController | null = null;

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', list.id);
  input.setAttribute('aria-expanded', 'false');
  input.autocomplete = 'off';
  list.setAttribute('role', 'listbox');

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const markActive = () => {
    list.querySelectorAll('[role=option][data-index]').forEach((el) => {
      el.setAttribute('aria-selected', String(Number((el as HTMLElement).dataset['index']) === active));
    });
    if (active >= 0) {
      const id = `${list.id}-opt-${active}`;
      input.setAttribute('aria-activedescendant', id);
      document.getElementById(id)?.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };

  const pick = (i: number) => {
    const c = choices[i];
    if (!c) return;
    close();
    if (c.kind === 'entity') opts.onEntity(c.key);
    else opts.onArticle(c.id);
  };

  const option = (choice: Choice, ...children: Array<Node | string | null>) => {
    const i = choices.push(choice) - 1;
    const li = h(
      'li',
      { id: `${list.id}-opt-${i}`, role: 'option', 'aria-selected': 'false', class: 'option', 'data-index': i },
      ...children,
    );
    li.addEventListener('mousedown', (ev) => {
      ev.preventDefault();
      pick(i);
    });
    return li;
  };

  const group = (title: string, items: HTMLElement[]) => {
    if (items.length === 0) return;
    const id = `${list.id}-${title.toLowerCase()}`;
    list.append(h('li', { role: 'presentation', class: 'group-head', id }, title));
    for (const it of items) {
      it.setAttribute('aria-describedby', id);
      list.append(it);
    }
  };

  const render = (res: FindResponse, q: string) => {
    clear(list);
    choices = [];
    group(
      'Entities',
      res.entities.map((e) => {
        const style = TYPE_STYLE[e.type];
        return option(
          { kind: 'entity', key: e.key },
          h('span', { class: 'sym', style: `color:${style.color}`, 'aria-hidden': 'true' }, style.symbol),
          h('span', { class: 'opt-name' }, e.name),
          h('span', { class: 'opt-meta' }, `${style.label}${e.kind ? ` · ${e.kind}` : ''} · ${e.articles} art.`),
          e.matched
            ? h('span', { class: 'opt-alias' }, `matched “${e.matched}”`)
            : e.aliases.length
              ? h('span', { class: 'opt-alias' }, `aka ${e.aliases.slice(0, 3).join(', ')}`)
              : null,
        );
      }),
    );
    group(
      'Incidents',
      res.incidents.map((e) =>
        option(
          { kind: 'entity', key: e.key },
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
          { kind: 'article', id: a.id },
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
    if (choices.length === 0)
      list.append(
        h('li', { class: 'option empty', role: 'option', 'aria-disabled': 'true' }, `Nothing found for “${q}”`),
      );
    active = choices.length ? 0 : -1;
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    markActive();
  };

  const lookup = () => {
    const q = input.value.trim();
    if (!q) {
      close();
      return;
    }
    inflight?.abort();
    const ctl = new AbortController();
    inflight = ctl;
    api
      .find(q, 8, ctl.signal)
      .then((res) => {
        if (ctl.signal.aborted) return;
        render(filterFound(res, typeSelect.value as NodeType | ''), q);
      })
      .catch((err: unknown) => {
        if (ctl.signal.aborted) return;
        opts.onError(`Search failed: ${err instanceof Error ? err.message : String(err)}`);
      });
  };

  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(lookup, 150);
  });
  typeSelect.addEventListener('change', () => {
    if (input.value.trim()) lookup();
  });
  input.addEventListener('keydown', (ev) => {
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      ev.preventDefault();
      if (list.hidden) {
        lookup();
        return;
      }
      const n = choices.length;
      if (!n) return;
      active = ev.key === 'ArrowDown' ? (active + 1) % n : (active - 1 + n) % n;
      markActive();
    } else if (ev.key === 'Enter') {
      ev.preventDefault();
      if (!list.hidden && active >= 0) pick(active);
      else lookup();
    } else if (ev.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 100));
  close();
}
