// Autocomplete over entity names and aliases (GET /api/search), as an ARIA combobox. Used for the main search
// and for the two ends of a path.
import type { EntitySummary, NodeType } from '../../src/api/contract.ts';
import { api } from './api.ts';
import { clear, h } from './dom.ts';
import { TYPE_STYLE } from './graph/style.ts';

export interface PickerOptions {
  input: HTMLInputElement;
  list: HTMLUListElement;
  /** optional type restriction control */
  typeSelect?: HTMLSelectElement;
  onPick: (entity: EntitySummary) => void;
  onError: (message: string) => void;
}

export function entityPicker(opts: PickerOptions): {
  value: () => EntitySummary | null;
  set: (e: EntitySummary | null) => void;
} {
  const { input, list, typeSelect } = opts;
  let results: EntitySummary[] = [];
  let active = -1;
  let picked: EntitySummary | null = null;
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

  const render = () => {
    clear(list);
    results.forEach((r, i) => {
      const style = TYPE_STYLE[r.type];
      const li = h(
        'li',
        {
          id: `${list.id}-opt-${i}`,
          role: 'option',
          'aria-selected': i === active ? 'true' : 'false',
          class: 'option',
        },
        h('span', { class: 'sym', style: `color:${style.color}`, 'aria-hidden': 'true' }, style.symbol),
        h('span', { class: 'opt-name' }, r.name),
        h('span', { class: 'opt-meta' }, `${style.label}${r.kind ? ` · ${r.kind}` : ''} · ${r.articles} art.`),
        r.aliases.length ? h('span', { class: 'opt-alias' }, `aka ${r.aliases.slice(0, 3).join(', ')}`) : null,
      );
      li.addEventListener('mousedown', (ev) => {
        ev.preventDefault();
        pick(i);
      });
      list.append(li);
    });
    if (results.length === 0 && input.value.trim())
      list.append(h('li', { class: 'option empty', role: 'option', 'aria-disabled': 'true' }, 'No matches'));
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    if (active >= 0) input.setAttribute('aria-activedescendant', `${list.id}-opt-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };

  const pick = (i: number) => {
    const r = results[i];
    if (!r) return;
    picked = r;
    input.value = r.name;
    close();
    opts.onPick(r);
  };

  const lookup = () => {
    const q = input.value.trim();
    if (q.length < 1) {
      close();
      return;
    }
    inflight?.abort();
    const ctl = new AbortController();
    inflight = ctl;
    const type = (typeSelect?.value ?? '') as NodeType | '';
    api
      .search(q, type, 10, ctl.signal)
      .then((res) => {
        if (ctl.signal.aborted) return;
        results = res.results;
        active = results.length ? 0 : -1;
        render();
      })
      .catch((err: unknown) => {
        if (ctl.signal.aborted) return;
        opts.onError(`Search failed: ${err instanceof Error ? err.message : String(err)}`);
      });
  };

  input.addEventListener('input', () => {
    picked = null;
    window.clearTimeout(timer);
    timer = window.setTimeout(lookup, 150);
  });
  typeSelect?.addEventListener('change', () => {
    if (input.value.trim()) lookup();
  });
  input.addEventListener('keydown', (ev) => {
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      if (list.hidden) {
        lookup();
        return;
      }
      ev.preventDefault();
      const n = results.length;
      if (!n) return;
      active = ev.key === 'ArrowDown' ? (active + 1) % n : (active - 1 + n) % n;
      render();
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

  return {
    value: () => picked,
    set: (e) => {
      picked = e;
      input.value = e ? e.name : '';
    },
  };
}
