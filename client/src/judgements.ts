// Analyst corrections in the explorer (issue 14): the last two nodes tapped → "Same entity" / "Different
// entities"; one node → rename, change type or kind, "Not a real entity", and over its sentences "Split off"
// (another entity) / "Not this entity"; an edge → "Not supported" / "Confirmed"; the judgements shaping the
// selection; a history with undo; likely duplicates to confirm.
// Writes carry the server's write token, entered once and kept in sessionStorage. No inline scripts or styles.
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import { NODE_TYPES } from '../../src/api/contract.ts';
import { linkEnds, relationLabel } from '../../src/ontology/index.ts';
import { clear, h } from './dom.ts';
import { decodeState, encodeState } from './state.ts';
import './judgements.css';

const TOKEN_KEY = 'kg-write-token';
const WHO_KEY = 'kg-analyst';

interface JudgementView {
  id: string;
  op: string;
  who: string;
  at: string;
  why: string;
  what: string;
  withdrawnAt: string | null;
  keep?: string;
  merge?: string;
  entity?: string;
  /** display names of the entities it is about, by key */
  names?: Record<string, string>;
}
interface Suggestion {
  keep: { key: string; name: string };
  merge: { key: string; name: string };
  score: number;
  why: string[];
}
interface LinkRef {
  from: string;
  to: string;
  type: string;
}
interface MentionSentence {
  sentenceId: string;
  text: string;
  article: { title: string };
}

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const token = sessionStorage.getItem(TOKEN_KEY) ?? '';
  const res = await fetch(`api/${path}`, {
    method,
    headers: {
      accept: 'application/json',
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const json = (await res.json().catch(() => ({}))) as T & { error?: string };
  if (!res.ok) throw new Error(typeof json.error === 'string' ? json.error : `${res.status} ${res.statusText}`);
  return json;
}

const day = (iso: string) => iso.slice(0, 10);

/** "merged X into Y by who, date: why" */
export function judgementLine(j: JudgementView, name: (key: string) => string): string {
  const what = j.op === 'merge' && j.keep && j.merge ? `merged with "${j.names?.[j.merge] ?? name(j.merge)}"` : j.what;
  return `${what} by ${j.who}, ${day(j.at)}: ${j.why}`;
}

/** Drop keys the judgement hides from the link in the URL, then reload: the explorer rebuilds the view from it. */
function reloadWithout(hidden: string[]): void {
  const state = decodeState(location.hash);
  state.focus = state.focus.filter((k) => !hidden.includes(k));
  state.shown = state.shown.filter((k) => !hidden.includes(k));
  if (state.selected && hidden.includes(state.selected)) state.selected = null;
  const next = encodeState(state);
  history.replaceState(null, '', next ? `#${next}` : location.pathname + location.search);
  location.reload();
}

export function initJudgements(cy: Core, host: HTMLElement): void {
  const recent: string[] = [];
  let edge: LinkRef | null = null;
  const name = (key: string) => (cy.getElementById(key).data('name') as string | undefined) ?? key;

  const token = h('input', { id: 'jg-token', type: 'password', autocomplete: 'off', placeholder: 'Write token' });
  const saveToken = h('button', { type: 'button', id: 'jg-token-save' }, 'Use token');
  const who = h('input', {
    id: 'jg-who',
    type: 'text',
    placeholder: 'Your name',
    value: sessionStorage.getItem(WHO_KEY) ?? '',
  });
  const why = h('input', { id: 'jg-why', type: 'text', placeholder: 'Why (required)' });
  const target = h('p', { id: 'jg-target', class: 'dim small' }, 'Tap one or two entities, or a link.');
  const message = h('p', { id: 'jg-message', class: 'small', role: 'status' });
  const btn = (id: string, label: string) => h('button', { type: 'button', id, disabled: true }, label);
  const same = btn('jg-same', 'Same entity');
  const distinct = btn('jg-distinct', 'Different entities');
  const newName = h('input', { id: 'jg-name', type: 'text', placeholder: 'New name' });
  const rename = btn('jg-rename', 'Rename');
  const typeSelect = h(
    'select',
    { id: 'jg-type' },
    h('option', { value: '' }, 'Type…'),
    ...NODE_TYPES.map((t) => h('option', { value: t }, t)),
  );
  const kindInput = h('input', { id: 'jg-kind', type: 'text', placeholder: 'Kind (e.g. armed_group)' });
  const retype = btn('jg-retype', 'Change type/kind');
  const reject = btn('jg-reject', 'Not a real entity');
  const rejectLink = btn('jg-reject-link', 'Not supported');
  const confirmLink = btn('jg-confirm-link', 'Confirmed');
  const shaping = h('ul', { id: 'jg-shaping', class: 'jg-list' });
  const mentionList = h('ul', { id: 'jg-mentions', class: 'jg-list' });
  const splitName = h('input', {
    id: 'jg-split-name',
    type: 'text',
    placeholder: 'Name of the other entity (optional)',
  });
  const split = btn('jg-split', 'Split off');
  const rejectMention = btn('jg-reject-mention', 'Not this entity');
  const historyFilter = h(
    'select',
    { id: 'jg-history-op' },
    h('option', { value: '' }, 'All'),
    ...['merge', 'distinct', 'split', 'rename', 'retype', 'reject', 'confirm'].map((o) => h('option', { value: o }, o)),
  );
  const historyList = h('ul', { id: 'jg-history', class: 'jg-list' });
  const suggestionList = h('ul', { id: 'jg-suggestions', class: 'jg-list' });

  // Last in the sidebar and closed until a write token is kept: a first-time reader meets the legend, not a form.
  host.append(
    h(
      'details',
      {
        id: 'judgements',
        class: 'jg',
        'aria-labelledby': 'h-judgements',
        open: (sessionStorage.getItem(TOKEN_KEY) ?? '') !== '',
      },
      h('summary', {}, h('h2', { id: 'h-judgements' }, 'Corrections')),
      h(
        'p',
        { class: 'dim small' },
        'For analysts with a write token: merge, split, rename, retype or reject. Each change keeps who and why, and can be undone.',
      ),
      h('div', { class: 'jg-row' }, h('label', { for: 'jg-token', class: 'sr-only' }, 'Write token'), token, saveToken),
      h('div', { class: 'jg-row' }, h('label', { for: 'jg-who', class: 'sr-only' }, 'Your name'), who),
      h('div', { class: 'jg-row' }, h('label', { for: 'jg-why', class: 'sr-only' }, 'Reason'), why),
      target,
      h('div', { class: 'btn-grid' }, same, distinct, reject, rejectLink, confirmLink),
      h('div', { class: 'jg-row' }, h('label', { for: 'jg-name', class: 'sr-only' }, 'New name'), newName, rename),
      h(
        'div',
        { class: 'jg-row' },
        h('label', { for: 'jg-type', class: 'sr-only' }, 'New type'),
        typeSelect,
        h('label', { for: 'jg-kind', class: 'sr-only' }, 'New kind'),
        kindInput,
        retype,
      ),
      message,
      h('h3', {}, 'Shaping the selection'),
      shaping,
      h(
        'details',
        { id: 'jg-mentions-box' },
        h('summary', {}, 'Sentences naming it'),
        h('p', { class: 'dim small' }, 'Tick the sentences that are about someone or something else.'),
        mentionList,
        h(
          'div',
          { class: 'jg-row' },
          h('label', { for: 'jg-split-name', class: 'sr-only' }, 'Name of the other entity'),
          splitName,
        ),
        h('div', { class: 'btn-grid' }, split, rejectMention),
      ),
      h(
        'details',
        { id: 'jg-history-box' },
        h('summary', {}, 'History'),
        h('label', { for: 'jg-history-op' }, 'Show '),
        historyFilter,
        historyList,
        h(
          'p',
          { class: 'small' },
          h(
            'a',
            { id: 'jg-export', href: 'api/judgements/export', download: 'judgements.jsonl' },
            'Export all (JSON lines)',
          ),
          ' — load them elsewhere with ',
          h('code', {}, 'kg judgements import FILE'),
        ),
      ),
      h('details', { id: 'jg-suggestions-box' }, h('summary', {}, 'Likely duplicates'), suggestionList),
    ),
  );

  const say = (text: string, isError = false) => {
    message.textContent = text;
    message.classList.toggle('error', isError);
  };

  async function submit(body: Record<string, unknown>, hides: string[] = []): Promise<void> {
    const reason = why.value.trim();
    if (!reason) {
      say('Say why first.', true);
      why.focus();
      return;
    }
    sessionStorage.setItem(WHO_KEY, who.value.trim());
    try {
      const { judgement } = await call<{ judgement: JudgementView }>('POST', 'judgements', {
        ...body,
        who: who.value.trim() || 'analyst',
        why: reason,
      });
      say(`Saved: ${judgement.what}`);
      reloadWithout(hides);
    } catch (err) {
      say(err instanceof Error ? err.message : String(err), true);
    }
  }

  /** one judgement per ticked sentence ("Not this entity" names one mention each), then one reload */
  async function rejectMentions(entity: string, sentenceIds: string[]): Promise<void> {
    const reason = why.value.trim();
    if (!reason) {
      say('Say why first.', true);
      why.focus();
      return;
    }
    try {
      for (const sentenceId of sentenceIds) {
        await call('POST', 'judgements', {
          op: 'reject',
          mention: { sentenceId, entity },
          who: who.value.trim() || 'analyst',
          why: reason,
        });
      }
      reloadWithout([]);
    } catch (err) {
      say(err instanceof Error ? err.message : String(err), true);
    }
  }

  const ticked = () =>
    [...mentionList.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')].map((c) => c.value);

  async function showMentions(): Promise<void> {
    const key = recent[0];
    clear(mentionList);
    if (!key || edge) return;
    const page = await call<{ evidence: MentionSentence[] }>(
      'GET',
      `entities/${encodeURIComponent(key)}?evidenceLimit=50`,
    );
    for (const s of page.evidence) {
      const box = h('input', { type: 'checkbox', value: s.sentenceId, id: `jg-m-${s.sentenceId}` });
      mentionList.append(
        h(
          'li',
          {},
          box,
          h(
            'label',
            { for: `jg-m-${s.sentenceId}` },
            ` ${s.text} `,
            h('span', { class: 'dim' }, `(${s.article.title})`),
          ),
        ),
      );
    }
  }

  async function undo(id: string): Promise<void> {
    try {
      await call('DELETE', `judgements/${encodeURIComponent(id)}`, { who: who.value.trim() || 'analyst' });
      reloadWithout([]);
    } catch (err) {
      say(err instanceof Error ? err.message : String(err), true);
    }
  }

  function update(): void {
    const [a, b] = recent;
    target.textContent = edge
      ? `Link: ${linkEnds(edge.type, name(edge.from), name(edge.to))} (${relationLabel(edge.type)})`
      : a && b
        ? `Pair: ${name(a)} + ${name(b)}`
        : a
          ? `Entity: ${name(a)}`
          : 'Tap one or two entities, or a link.';
    same.disabled = distinct.disabled = !(a && b) || edge !== null;
    rename.disabled = retype.disabled = reject.disabled = !a || edge !== null;
    rejectLink.disabled = confirmLink.disabled = edge === null;
    split.disabled = rejectMention.disabled = !a || edge !== null;
    if ((document.getElementById('jg-mentions-box') as HTMLDetailsElement | null)?.open)
      void showMentions().catch(() => clear(mentionList));
    void showShaping(edge ? [edge.from, edge.to] : recent.slice(0, 1));
  }

  async function showShaping(keys: string[]): Promise<void> {
    clear(shaping);
    for (const key of keys) {
      const { judgements } = await call<{ judgements: JudgementView[] }>(
        'GET',
        `judgements?status=active&key=${encodeURIComponent(key)}`,
      ).catch(() => ({ judgements: [] }));
      for (const j of judgements) shaping.append(h('li', { 'data-id': j.id }, judgementLine(j, name)));
    }
  }

  async function showHistory(): Promise<void> {
    const op = historyFilter.value;
    const { judgements, stale } = await call<{
      judgements: JudgementView[];
      stale: Array<{ id: string; missing: string[] }>;
    }>('GET', `judgements${op ? `?op=${op}` : ''}`);
    clear(historyList);
    const staleIds = new Map(stale.map((s) => [s.id, s.missing]));
    for (const j of judgements) {
      const undoBtn = j.withdrawnAt ? null : h('button', { type: 'button', class: 'jg-undo', 'data-id': j.id }, 'Undo');
      undoBtn?.addEventListener('click', () => void undo(j.id));
      const missing = staleIds.get(j.id);
      historyList.append(
        h(
          'li',
          { class: j.withdrawnAt ? 'jg-withdrawn' : '' },
          `${j.what} — ${j.who}, ${day(j.at)}: ${j.why}`,
          j.withdrawnAt ? ` (withdrawn ${day(j.withdrawnAt)})` : '',
          missing ? h('span', { class: 'jg-stale' }, ` not applied: ${missing.join(', ')} missing`) : null,
          undoBtn,
        ),
      );
    }
  }

  async function showSuggestions(): Promise<void> {
    const { suggestions } = await call<{ suggestions: Suggestion[] }>('GET', 'judgements/suggestions?limit=20');
    clear(suggestionList);
    for (const s of suggestions) {
      const yes = h('button', { type: 'button' }, 'Same');
      const no = h('button', { type: 'button' }, 'Different');
      yes.addEventListener(
        'click',
        () => void submit({ op: 'merge', keep: s.keep.key, merge: s.merge.key }, [s.merge.key]),
      );
      no.addEventListener('click', () => void submit({ op: 'distinct', a: s.keep.key, b: s.merge.key }));
      suggestionList.append(h('li', {}, `${s.keep.name} / ${s.merge.name}: ${s.why.join('; ')}`, yes, no));
    }
  }

  token.value = sessionStorage.getItem(TOKEN_KEY) ?? '';
  saveToken.addEventListener('click', () => {
    sessionStorage.setItem(TOKEN_KEY, token.value.trim());
    say(token.value.trim() ? 'Token kept for this tab.' : 'Token cleared.');
  });
  same.addEventListener('click', () => {
    const [keep, merge] = recent;
    if (keep && merge) void submit({ op: 'merge', keep, merge }, [merge]);
  });
  distinct.addEventListener('click', () => void submit({ op: 'distinct', a: recent[0], b: recent[1] }));
  rename.addEventListener('click', () => void submit({ op: 'rename', entity: recent[0], name: newName.value.trim() }));
  retype.addEventListener(
    'click',
    () =>
      void submit({
        op: 'retype',
        entity: recent[0],
        ...(typeSelect.value ? { type: typeSelect.value } : {}),
        ...(kindInput.value.trim() ? { kind: kindInput.value.trim() } : {}),
      }),
  );
  reject.addEventListener('click', () => void submit({ op: 'reject', entity: recent[0] }, recent.slice(0, 1)));
  rejectLink.addEventListener('click', () => edge && void submit({ op: 'reject', link: edge }));
  confirmLink.addEventListener('click', () => edge && void submit({ op: 'confirm', link: edge }));
  split.addEventListener('click', () => {
    const sentences = ticked();
    if (!recent[0] || !sentences.length) return say('Tick the sentences to split off first.', true);
    void submit({
      op: 'split',
      entity: recent[0],
      sentences,
      ...(splitName.value.trim() ? { name: splitName.value.trim() } : {}),
    });
  });
  rejectMention.addEventListener('click', () => {
    const sentences = ticked();
    if (!recent[0] || !sentences.length) return say('Tick the sentences that are not about it first.', true);
    void rejectMentions(recent[0], sentences);
  });
  historyFilter.addEventListener('change', () => void showHistory());
  byToggle('jg-history-box', showHistory);
  byToggle('jg-suggestions-box', showSuggestions);
  byToggle('jg-mentions-box', showMentions);

  function byToggle(id: string, load: () => Promise<void>): void {
    const box = document.getElementById(id);
    box?.addEventListener('toggle', () => {
      if ((box as HTMLDetailsElement).open)
        load().catch((err: unknown) => say(err instanceof Error ? err.message : String(err), true));
    });
  }

  cy.on('select', 'node', (ev) => {
    const key = (ev.target as NodeSingular).id();
    edge = null;
    const at = recent.indexOf(key);
    if (at >= 0) recent.splice(at, 1);
    recent.unshift(key);
    recent.length = Math.min(recent.length, 2);
    update();
  });
  cy.on('tap', 'edge', (ev) => {
    const e = ev.target as EdgeSingular;
    edge = { from: e.source().id(), to: e.target().id(), type: String(e.data('type')) };
    update();
  });
  update();
}
