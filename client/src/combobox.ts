// One ARIA combobox for every search box in the explorer: typing asks the server (debounced, an older request
// aborted), arrow keys move through the options, Enter picks, Escape and leaving the box close the list.
import type { EntitySummary } from '../../src/api/contract.ts';
import { clear, h } from './dom.ts';
import { TYPE_STYLE } from './graph/style.ts';

type Child = Node | string | null;
/** adds one choosable option to the list; `pick` runs when the user chooses it */
export type AddOption = (pick: () => void, ...children: Child[]) => HTMLElement;

export interface ComboboxOptions<R> {
  input: HTMLInputElement;
  list: HTMLUListElement;
  fetch: (q: string, signal: AbortSignal) => Promise<R>;
  /** fill the list with the answer: `option` makes each choice (the caller appends it, with any group headings) */
  render: (res: R, q: string, option: AddOption) => void;
  /** what the list says when the answer holds nothing */
  empty: (q: string) => string;
  onError: (message: string) => void;
  /** the user typed: what was picked before no longer holds */
  onType?: () => void;
}

export function combobox<R>(opts: ComboboxOptions<R>): { lookup: () => void } {
  const { input, list } = opts;
  let picks: Array<() => void> = [];
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
    const p = picks[i];
    if (!p) return;
    close();
    p();
  };

  const option: AddOption = (onPick, ...children) => {
    const i = picks.push(onPick) - 1;
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

  const show = (res: R, q: string) => {
    clear(list);
    picks = [];
    opts.render(res, q, option);
    if (picks.length === 0)
      list.append(h('li', { class: 'option empty', role: 'option', 'aria-disabled': 'true' }, opts.empty(q)));
    active = picks.length ? 0 : -1;
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
    opts
      .fetch(q, ctl.signal)
      .then((res) => {
        if (!ctl.signal.aborted) show(res, q);
      })
      .catch((err: unknown) => {
        if (ctl.signal.aborted) return;
        opts.onError(`Search failed: ${err instanceof Error ? err.message : String(err)}`);
      });
  };

  input.addEventListener('input', () => {
    opts.onType?.();
    window.clearTimeout(timer);
    timer = window.setTimeout(lookup, 150);
  });
  input.addEventListener('keydown', (ev) => {
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      ev.preventDefault();
      if (list.hidden) {
        lookup();
        return;
      }
      const n = picks.length;
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
  return { lookup };
}

/** An entity as an option: its type's symbol, name, type and kind, article count, and the name it matched or aliases. */
export function entityOption(e: EntitySummary & { matched?: string | null }): Child[] {
  const style = TYPE_STYLE[e.type];
  return [
    h('span', { class: 'sym', style: `color:${style.color}`, 'aria-hidden': 'true' }, style.symbol),
    h('span', { class: 'opt-name' }, e.name),
    h('span', { class: 'opt-meta' }, `${style.label}${e.kind ? ` · ${e.kind}` : ''} · ${e.articles} art.`),
    e.matched
      ? h('span', { class: 'opt-alias' }, `matched “${e.matched}”`)
      : e.aliases.length
        ? h('span', { class: 'opt-alias' }, `aka ${e.aliases.slice(0, 3).join(', ')}`)
        : null,
  ];
}
