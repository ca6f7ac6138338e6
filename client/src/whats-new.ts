// "What is new": entities, incidents and links the graph first held since the reader's last visit (remembered in
// this browser) or a date they pick, each with the articles that brought it (GET /api/new).
import type {
  NewArticle,
  WhatsNewEntity,
  WhatsNewLink,
  WhatsNewResponse,
  WhatsNewSection,
} from '../../src/api/contract.ts';
import { relationLabel } from '../../src/ontology/index.ts';
import { api } from './api.ts';
import { clear, formatDate, h } from './dom.ts';
import { TYPE_STYLE } from './graph/style.ts';
import './whats-new.css';

/** localStorage: the server's clock at the previous visit */
export const LAST_VISIT_KEY = 'kg.lastVisit';
/** sessionStorage: "since my last visit" for this session, so reloading the page does not make everything old */
export const SESSION_SINCE_KEY = 'kg.newSince';
const PAGE = 25;
const DAY_MS = 86_400_000;

export interface WhatsNewActions {
  focusEntity(key: string): void;
  openArticle(id: string): void;
  onError(message: string): void;
}

export interface WhatsNewView {
  /** load the current choice (the first time the view is shown, and after the choice changes) */
  show(): Promise<void>;
}

interface Stores {
  local: Pick<Storage, 'getItem' | 'setItem'>;
  session: Pick<Storage, 'getItem' | 'setItem'>;
}

/**
 * The instant "since my last visit" means in this session: kept for the session once chosen, else the last visit
 * this browser remembers, else null (a first visit).
 */
export function lastVisitSince(stores: Stores): string | null {
  const kept = stores.session.getItem(SESSION_SINCE_KEY);
  if (kept) return kept;
  const last = stores.local.getItem(LAST_VISIT_KEY);
  if (last && !Number.isNaN(Date.parse(last))) {
    stores.session.setItem(SESSION_SINCE_KEY, last);
    return last;
  }
  return null;
}

const when = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

export function createWhatsNewView(
  host: HTMLElement,
  badge: HTMLElement,
  actions: WhatsNewActions,
  stores: Stores = { local: localStorage, session: sessionStorage },
): WhatsNewView {
  const lastVisit = lastVisitSince(stores);
  /** what the view shows: the last visit, or a picked day / instant */
  let since = lastVisit ?? new Date(Date.now() - 7 * DAY_MS).toISOString().slice(0, 10);
  let loadedFor: string | null = null;

  const heading = h('h2', { id: 'new-heading' }, 'What is new');
  const summary = h('p', { id: 'new-summary', class: 'new-summary', 'aria-live': 'polite' });
  const dateInput = h('input', { type: 'date', id: 'new-since', 'aria-describedby': 'new-since-help' });
  const choose = (value: string) => {
    since = value;
    void load();
  };
  const visitBtn = h(
    'button',
    {
      type: 'button',
      id: 'new-last-visit',
      disabled: !lastVisit,
      title: lastVisit ? `Your last visit: ${when(lastVisit)}` : 'This browser has no earlier visit',
    },
    lastVisit ? `Since my last visit (${when(lastVisit)})` : 'Since my last visit (none yet)',
  );
  visitBtn.addEventListener('click', () => {
    if (lastVisit) choose(lastVisit);
  });
  dateInput.addEventListener('change', () => {
    if (dateInput.value) choose(dateInput.value);
  });
  const quick = (label: string, days: number) => {
    const b = h('button', { type: 'button', class: 'small-btn', 'data-days': days }, label);
    b.addEventListener('click', () => choose(new Date(Date.now() - days * DAY_MS).toISOString()));
    return b;
  };
  const sections: Record<
    WhatsNewSection,
    { list: HTMLUListElement; more: HTMLButtonElement; count: HTMLElement; shown: number }
  > = {
    incidents: section(),
    entities: section(),
    links: section(),
    articles: section(),
  };
  function section() {
    return {
      list: h('ul', { class: 'new-list' }),
      more: h('button', { type: 'button', class: 'small-btn new-more', hidden: true }, 'Show more'),
      count: h('span', { class: 'count' }),
      shown: 0,
    };
  }
  const TITLES: Record<WhatsNewSection, string> = {
    incidents: 'Incidents',
    entities: 'People, organisations and places',
    links: 'Links',
    articles: 'Articles that came in',
  };
  clear(host);
  host.append(
    h(
      'div',
      { class: 'new-head' },
      heading,
      h(
        'div',
        { class: 'new-controls', role: 'group', 'aria-label': 'Show what is new since' },
        visitBtn,
        h('label', { for: 'new-since' }, 'or since'),
        dateInput,
        quick('Last 24 hours', 1),
        quick('Last 7 days', 7),
        quick('Last 30 days', 30),
      ),
      h(
        'p',
        { id: 'new-since-help', class: 'dim small' },
        'Dates are read as the start of the day, UTC. "First seen" is when this graph first held something, not when it happened.',
      ),
      summary,
    ),
    h(
      'div',
      { class: 'new-sections' },
      ...(['incidents', 'entities', 'links', 'articles'] as const).map((k) => {
        const s = sections[k];
        s.more.addEventListener('click', () => void more(k));
        return h(
          'section',
          { class: 'new-section', id: `new-${k}`, 'aria-labelledby': `new-h-${k}` },
          h('h3', { id: `new-h-${k}` }, TITLES[k], ' ', s.count),
          s.list,
          s.more,
        );
      }),
    ),
  );

  function articleLine(a: NewArticle): HTMLElement {
    const open = h('button', { type: 'button', class: 'linklike', 'data-article': a.id }, a.title);
    open.addEventListener('click', () => actions.openArticle(a.id));
    return h(
      'li',
      {},
      open,
      h('span', { class: 'dim small' }, ` · ${a.outlet ?? a.source ?? 'unknown outlet'} · ${formatDate(a.published)}`),
    );
  }

  function broughtBy(item: { broughtBy: NewArticle[]; broughtByTotal: number }): HTMLElement {
    const left = item.broughtByTotal - item.broughtBy.length;
    return h(
      'div',
      { class: 'new-brought' },
      h('span', { class: 'dim small' }, 'brought by '),
      h(
        'ul',
        { class: 'new-articles' },
        ...item.broughtBy.map(articleLine),
        left > 0 ? h('li', { class: 'dim small' }, `and ${plural(left, 'more article')}`) : null,
      ),
    );
  }

  function entityItem(e: WhatsNewEntity): HTMLElement {
    const t = TYPE_STYLE[e.type];
    const name = h(
      'button',
      { type: 'button', class: 'linklike new-name', 'data-key': e.key, title: 'Show in the graph' },
      h('span', { class: 'sym', style: `color:${t.color}`, 'aria-hidden': 'true' }, t.symbol),
      ` ${e.name}`,
    );
    name.addEventListener('click', () => actions.focusEntity(e.key));
    const facts = [t.label, e.kind?.replace(/_/g, ' '), e.date, plural(e.articles, 'article')]
      .filter(Boolean)
      .join(' · ');
    return h(
      'li',
      { class: 'new-item', 'data-key': e.key },
      name,
      h('span', { class: 'dim small' }, ` ${facts} · first seen ${when(e.firstSeen)}`),
      broughtBy(e),
    );
  }

  function linkItem(l: WhatsNewLink): HTMLElement {
    const end = (key: string, name: string, type: WhatsNewLink['fromType']) => {
      const b = h(
        'button',
        { type: 'button', class: 'linklike', 'data-key': key, title: 'Show in the graph' },
        h(
          'span',
          { class: 'sym', style: `color:${TYPE_STYLE[type].color}`, 'aria-hidden': 'true' },
          TYPE_STYLE[type].symbol,
        ),
        ` ${name}`,
      );
      b.addEventListener('click', () => actions.focusEntity(key));
      return b;
    };
    const what = l.label ? `${l.label} (${relationLabel(l.type)})` : relationLabel(l.type);
    return h(
      'li',
      { class: 'new-item', 'data-edge': l.id },
      end(l.from, l.fromName, l.fromType),
      h('span', { class: 'new-rel' }, ` — ${what} → `),
      end(l.to, l.toName, l.toType),
      h(
        'span',
        { class: 'dim small' },
        ` · ${plural(l.weight, 'article')}, ${l.independent} independent, ${plural(l.outlets, 'outlet')} · first seen ${when(l.firstSeen)}`,
      ),
      broughtBy(l),
    );
  }

  function fill(k: WhatsNewSection, res: WhatsNewResponse, append: boolean): void {
    const s = sections[k];
    if (!append) {
      clear(s.list);
      s.shown = 0;
    }
    const items: HTMLElement[] =
      k === 'links'
        ? res.links.map(linkItem)
        : k === 'articles'
          ? res.articles.map(articleLine)
          : res[k].map(entityItem);
    s.list.append(...items);
    s.shown += items.length;
    const total = res.counts[k];
    s.count.textContent = `(${total.toLocaleString('en')})`;
    if (total === 0 && !append) s.list.append(h('li', { class: 'dim small' }, 'Nothing new.'));
    s.more.hidden = s.shown >= total;
    s.more.textContent = `Show more (${(total - s.shown).toLocaleString('en')} left)`;
  }

  async function load(): Promise<void> {
    const asked = since;
    summary.textContent = 'Loading…';
    dateInput.value = /^\d{4}-\d{2}-\d{2}$/.test(asked) ? asked : '';
    try {
      const res = await api.whatsNew(asked, null, 0, PAGE);
      if (since !== asked) return;
      loadedFor = asked;
      const c = res.counts;
      const label = asked === lastVisit ? `your last visit (${when(res.since)})` : when(res.since);
      summary.textContent = `Since ${label}: ${plural(c.incidents, 'incident')}, ${plural(c.entities, 'entity', 'entities')} and ${plural(c.links, 'link')} first seen, from ${plural(c.articles, 'article')}.`;
      for (const k of Object.keys(sections) as WhatsNewSection[]) fill(k, res, false);
    } catch (err) {
      summary.textContent = '';
      actions.onError(`Could not load what is new: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  async function more(k: WhatsNewSection): Promise<void> {
    const s = sections[k];
    s.more.disabled = true;
    try {
      fill(k, await api.whatsNew(since, k, s.shown, PAGE), true);
    } catch (err) {
      actions.onError(`Could not load more: ${err instanceof Error ? err.message : String(err)}`);
    } finally {
      s.more.disabled = false;
    }
  }

  // The badge: how much is new since the last visit; this visit is remembered (by the server's clock) for the next.
  // A first visit only asks for the clock (counting since "now" costs nothing), not for counts over the whole graph.
  api
    .whatsNew(lastVisit ?? new Date().toISOString(), null, 0, 0)
    .then((res) => {
      const n = res.counts.entities + res.counts.incidents + res.counts.links;
      badge.textContent = n > 0 ? (n > 999 ? '999+' : String(n)) : '';
      badge.hidden = n === 0 || !lastVisit;
      badge.setAttribute('aria-label', `${plural(n, 'new item')} since your last visit`);
      stores.local.setItem(LAST_VISIT_KEY, res.now);
    })
    .catch(() => {
      /* the badge is a hint; the view reports its own errors */
    });

  return {
    async show() {
      if (loadedFor !== since) await load();
    },
  };
}
