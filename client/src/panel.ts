// The right-hand details panel: evidence for an entity or an edge, and the article view.
import {
  NODE_TYPES,
  type ArticleRef,
  type ArticleResponse,
  type EdgeEvidenceResponse,
  type EntityResponse,
  type EvidenceSentence,
} from '../../src/api/contract.ts';
import { linkEnds, relationLabel } from '../../src/ontology/index.ts';
import { clear, formatDate, h, highlightRuns, isWebUrl } from './dom.ts';
import { TYPE_STYLE } from './graph/style.ts';
import { supportText } from './graph/view.ts';

export interface PanelActions {
  openArticle: (id: string) => void;
  focusEntity: (key: string) => void;
  compare: (a: string, b: string) => void;
}

function articleMeta(a: ArticleRef): HTMLElement {
  return h(
    'div',
    { class: 'meta' },
    h('button', { type: 'button', class: 'link', 'data-article': a.id, title: 'Open the article' }, a.title || a.id),
    h('span', { class: 'dim' }, ` · ${a.source ?? 'unknown outlet'} · ${formatDate(a.published)}`),
    isWebUrl(a.url)
      ? h(
          'a',
          {
            href: a.url,
            target: '_blank',
            rel: 'noopener noreferrer',
            class: 'ext',
            'aria-label': `Original of ${a.title}`,
          },
          '↗',
        )
      : null,
  );
}

/** "also in N other articles": where else the same sentence was printed word for word (wire copies), collapsed. */
function alsoInNote(articles: ArticleRef[], actions: PanelActions): HTMLElement | null {
  if (articles.length === 0) return null;
  const ul = h('ul', { class: 'also-in-list' });
  for (const a of articles) {
    const li = h('li', {}, articleMeta(a));
    li.querySelector('button[data-article]')?.addEventListener('click', () => actions.openArticle(a.id));
    ul.append(li);
  }
  const n = articles.length;
  return h('details', { class: 'also-in' }, h('summary', {}, `also in ${n} other article${n === 1 ? '' : 's'}`), ul);
}

function sentenceItem(s: EvidenceSentence, actions: PanelActions): HTMLElement {
  const quote = h('blockquote', {});
  for (const run of highlightRuns(s.text, s.highlights)) quote.append(run.span ? h('mark', {}, run.text) : run.text);
  const li = h('li', { class: 'evidence' }, quote, articleMeta(s.article));
  li.querySelector('button[data-article]')?.addEventListener('click', () => actions.openArticle(s.article.id));
  const note = alsoInNote(s.alsoIn ?? [], actions);
  if (note) li.append(note);
  return li;
}

function evidenceList(evidence: EvidenceSentence[], actions: PanelActions): HTMLElement {
  if (evidence.length === 0) return h('p', { class: 'dim' }, 'No supporting sentences were returned.');
  const ol = h('ol', { class: 'evidence-list', 'aria-label': 'Supporting sentences' });
  for (const s of evidence) ol.append(sentenceItem(s, actions));
  return ol;
}

/** "In titles (n)": the headlines that name the entity, the names marked, each with its article. */
function headlineSection(headlines: NonNullable<EntityResponse['headlines']>, actions: PanelActions): HTMLElement[] {
  if (headlines.length === 0) return [];
  const ol = h('ol', { class: 'evidence-list headline-list', 'aria-label': 'Titles naming it' });
  for (const t of headlines) {
    const quote = h('blockquote', { class: 'headline' });
    for (const run of highlightRuns(t.article.title, t.highlights))
      quote.append(run.span ? h('mark', {}, run.text) : run.text);
    const li = h('li', { class: 'headline-item' }, quote, articleMeta(t.article));
    li.querySelector('button[data-article]')?.addEventListener('click', () => actions.openArticle(t.article.id));
    ol.append(li);
  }
  return [h('h3', {}, `In titles (${headlines.length})`), ol];
}

/** Fetches the page of evidence starting at `offset`. */
export type EvidencePager = (offset: number) => Promise<EvidenceSentence[]>;

export const EVIDENCE_PAGE = 20;

/**
 * "Evidence (20 of 23 sentences)", the list, and while there is more a button that loads the next page into it.
 * The heading always says the total, so a capped list never looks complete.
 */
function evidenceSection(
  first: EvidenceSentence[],
  total: number,
  more: EvidencePager,
  actions: PanelActions,
): HTMLElement[] {
  const heading = h('h3', { class: 'evidence-head' });
  const list = evidenceList(first, actions);
  const status = h('p', { class: 'dim small', role: 'status' });
  const button = h('button', { type: 'button', class: 'small-btn load-more' });
  let shown = first.length;
  const update = () => {
    heading.textContent =
      shown >= total
        ? `Evidence (${total} sentence${total === 1 ? '' : 's'})`
        : `Evidence (${shown} of ${total} sentences)`;
    const left = total - shown;
    button.hidden = left <= 0;
    button.textContent = `Load ${Math.min(left, EVIDENCE_PAGE)} more of ${left}`;
  };
  button.addEventListener('click', () => {
    button.disabled = true;
    status.textContent = 'Loading…';
    more(shown)
      .then((page) => {
        const ol = list.tagName === 'OL' ? list : null;
        for (const s of page) ol?.append(sentenceItem(s, actions));
        // the server may count a sentence that no page can show (e.g. ingested meanwhile): never loop forever
        shown = page.length === 0 ? total : shown + page.length;
        status.textContent = page.length ? `${page.length} more sentence${page.length === 1 ? '' : 's'} loaded.` : '';
        update();
      })
      .catch((err: unknown) => {
        status.textContent = `Could not load more: ${err instanceof Error ? err.message : String(err)}`;
      })
      .finally(() => {
        button.disabled = false;
      });
  });
  update();
  return [heading, list, button, status];
}

export function renderLoading(panel: HTMLElement, what: string): void {
  clear(panel);
  panel.append(h('p', { class: 'dim', role: 'status' }, `Loading ${what}…`));
}

export function renderEmpty(panel: HTMLElement): void {
  clear(panel);
  panel.append(
    h('h2', {}, 'Details'),
    h(
      'p',
      { class: 'dim' },
      'Search for a person, organisation, place or incident. Click a node to expand it and see every sentence that supports it; click an edge for the evidence of that link.',
    ),
  );
}

/** What the graph holds about the entity, and why, each reason list folded under its topic. */
function factsSection(f: EntityResponse['facts']): HTMLElement[] {
  const out: HTMLElement[] = [];
  if (f.facts.length)
    out.push(
      h(
        'dl',
        { class: 'entity-facts' },
        f.facts.flatMap((x) => [h('dt', {}, x.label), h('dd', {}, x.value)]),
      ),
    );
  for (const r of f.reasons)
    out.push(
      h(
        'details',
        { class: 'entity-reasons' },
        h('summary', {}, `${r.label} (${r.items.length})`),
        h(
          'ul',
          {},
          r.items.map((i) => h('li', {}, i)),
        ),
      ),
    );
  return out;
}

export function renderEntity(
  panel: HTMLElement,
  res: EntityResponse,
  actions: PanelActions,
  more: EvidencePager,
): void {
  const e = res.entity;
  const style = TYPE_STYLE[e.type];
  clear(panel);
  const facts: string[] = [style.label];
  if (e.kind) facts.push(e.kind);
  if (e.date) facts.push(formatDate(e.date));
  if (e.country) facts.push(e.country);
  facts.push(`${e.articles} article${e.articles === 1 ? '' : 's'}`);
  panel.append(
    h(
      'h2',
      { class: 'entity-title' },
      h('span', { class: 'sym', style: `color:${style.color}`, 'aria-hidden': 'true' }, style.symbol),
      ` ${e.name}`,
    ),
    h('p', { class: 'facts' }, facts.join(' · ')),
    e.aliases.length ? h('p', { class: 'dim' }, `Also called: ${e.aliases.join(', ')}`) : '',
    ...factsSection(res.facts),
    ...headlineSection(res.headlines ?? [], actions),
    ...evidenceSection(res.evidence, res.evidenceTotal, more, actions),
  );
  if (res.articles.length) {
    const ul = h('ul', { class: 'articles' });
    for (const a of res.articles) {
      const li = h('li', {}, articleMeta(a));
      li.querySelector('button[data-article]')?.addEventListener('click', () => actions.openArticle(a.id));
      ul.append(li);
    }
    panel.append(h('h3', {}, `Articles (${res.articles.length})`), ul);
  }
}

export function renderEdge(
  panel: HTMLElement,
  res: EdgeEvidenceResponse,
  names: { from: string; to: string },
  actions: PanelActions,
  more: EvidencePager,
): void {
  const e = res.edge;
  clear(panel);
  panel.append(
    h('h2', {}, linkEnds(e.type, names.from, names.to)),
    h('p', { class: 'facts support' }, `${relationLabel(e.type)}${e.label ? ` (${e.label})` : ''} · ${supportText(e)}`),
    ...whyThisLink(res.reasons ?? []),
    ...evidenceSection(res.evidence, res.evidenceTotal, more, actions),
  );
}

/** "Why this link: …": the rules that typed the link, in words, with how many articles each found it in. */
function whyThisLink(reasons: NonNullable<EdgeEvidenceResponse['reasons']>): HTMLElement[] {
  if (!reasons.length) return [];
  const line = (r: (typeof reasons)[number]) =>
    h(
      'span',
      { title: `rule ${r.rule}` },
      r.reason,
      h('span', { class: 'dim' }, ` · ${r.articles} article${r.articles === 1 ? '' : 's'}`),
    );
  const title = h('strong', {}, 'Why this link: ');
  const [only] = reasons;
  if (only && reasons.length === 1) return [h('p', { class: 'why-link' }, title, line(only))];
  return [
    h(
      'div',
      { class: 'why-link' },
      title,
      h(
        'ul',
        {},
        reasons.map((r) => h('li', {}, line(r))),
      ),
    ),
  ];
}

/** One plain sentence: is this article an original report, or a copy of which one? */
function copyStatus(res: ArticleResponse): HTMLElement | null {
  const original = res.copies.find((c) => c.relation === 'original');
  if (original) {
    return h(
      'p',
      { class: 'copy-status is-copy' },
      h('strong', {}, 'Copy. '),
      `This article is a ${original.kind} of “${original.title}” (${original.source ?? 'unknown outlet'}, ${formatDate(original.published)}), the original.`,
    );
  }
  const copies = res.copies.filter((c) => c.relation === 'copy');
  if (copies.length === 0) return null;
  return h(
    'p',
    { class: 'copy-status is-original' },
    h('strong', {}, 'Original. '),
    `${copies.length} other article${copies.length === 1 ? ' copies' : 's copy'} it: ${copies.map((c) => c.source ?? 'unknown outlet').join(', ')}.`,
  );
}

export function renderArticle(panel: HTMLElement, res: ArticleResponse, actions: PanelActions): void {
  const a = res.article;
  clear(panel);
  const body = h('div', { class: 'article-text' });
  for (const run of highlightRuns(a.text, res.mentions)) {
    if (!run.span) {
      body.append(run.text);
      continue;
    }
    const m = run.span;
    const btn = h(
      'button',
      { type: 'button', class: `mention m-${m.type}`, title: `${TYPE_STYLE[m.type].label}: ${m.name} — show in graph` },
      run.text,
    );
    btn.addEventListener('click', () => actions.focusEntity(m.key));
    body.append(btn);
  }
  // the API sends the first page of a long text; say what is not shown or was never stored
  const shownEnd = (a.textOffset ?? 0) + a.text.length;
  if (a.textLength !== undefined && shownEnd < a.textLength) {
    body.append(
      h(
        'p',
        { class: 'dim small' },
        `… text shown up to character ${shownEnd.toLocaleString('en')} of ${a.textLength.toLocaleString('en')}.`,
      ),
    );
  }
  if (a.textTruncatedFrom) {
    body.append(
      h(
        'p',
        { class: 'dim small' },
        `Only the first ${(a.textLength ?? a.text.length).toLocaleString('en')} of ${a.textTruncatedFrom.toLocaleString('en')} characters of this article were analysed and stored.`,
      ),
    );
  }
  const list = <T extends ArticleRef>(items: T[], extra: (x: T) => string, compare: boolean) => {
    if (!items.length) return h('p', { class: 'dim' }, 'None found.');
    const ul = h('ul', { class: 'articles' });
    for (const it of items) {
      const li = h('li', {}, articleMeta(it), h('span', { class: 'dim small' }, extra(it)));
      li.querySelector('button[data-article]')?.addEventListener('click', () => actions.openArticle(it.id));
      if (compare) {
        const b = h(
          'button',
          { type: 'button', class: 'small-btn', 'aria-label': `Compare with ${it.title}` },
          'Compare',
        );
        b.addEventListener('click', () => actions.compare(a.id, it.id));
        li.append(' ', b);
      }
      ul.append(li);
    }
    return ul;
  };
  panel.append(
    h('p', { class: 'eyebrow' }, 'Article'),
    h('h2', {}, a.title || a.id),
    h(
      'p',
      { class: 'meta' },
      `${a.source ?? 'unknown outlet'} · ${formatDate(a.published)}`,
      isWebUrl(a.url)
        ? h('a', { href: a.url, target: '_blank', rel: 'noopener noreferrer', class: 'ext' }, ' source page ↗')
        : null,
    ),
    copyStatus(res) ?? '',
    res.incidents.length
      ? h(
          'p',
          { class: 'facts' },
          `Incidents: ${res.incidents.map((i) => `${i.name}${i.date ? ` (${formatDate(i.date)})` : ''}`).join('; ')}`,
        )
      : '',
    h(
      'div',
      { class: 'legend-inline', 'aria-hidden': 'true' },
      ...NODE_TYPES.map((t) => h('span', { class: `mention m-${t}` }, TYPE_STYLE[t].label)),
    ),
    body,
    h('h3', {}, `Same story (${res.sameStory.length})`),
    list(
      res.sameStory,
      (x) =>
        x.incidents.length ? ` — ${x.incidents.length} shared incident${x.incidents.length === 1 ? '' : 's'}` : '',
      false,
    ),
    h('h3', {}, `Copies (${res.copies.length})`),
    list(
      res.copies,
      (x) =>
        x.relation === 'original'
          ? ` — the original this article copies (this is a ${x.kind}), similarity ${x.score.toFixed(2)}`
          : ` — a ${x.kind} of this article, similarity ${x.score.toFixed(2)}`,
      true,
    ),
  );
}
