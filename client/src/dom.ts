// Tiny DOM helpers: build elements without innerHTML so that text from articles is never parsed as markup.
type Attrs = Record<string, string | number | boolean | null | undefined>;
type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Array<Child | Child[]>
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'class') el.className = String(value);
    // through the CSSOM, which a strict Content-Security-Policy (no 'unsafe-inline' styles) allows
    else if (name === 'style') el.style.cssText = String(value);
    else el.setAttribute(name, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

export function append(el: Element, children: Array<Child | Child[]>): void {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    el.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`missing element #${id}`);
  return el as T;
}

export function clear(el: Element): void {
  el.replaceChildren();
}

/** Split `text` into plain and highlighted runs; overlapping or out-of-range spans are merged or clipped. */
export function highlightRuns<T extends { start: number; end: number }>(
  text: string,
  spans: readonly T[],
): Array<{ text: string; span: T | null }> {
  const sorted = spans
    .filter((s) => s.end > s.start && s.start < text.length && s.end > 0)
    .slice()
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const runs: Array<{ text: string; span: T | null }> = [];
  let at = 0;
  for (const span of sorted) {
    const start = Math.max(span.start, at);
    const end = Math.min(span.end, text.length);
    if (end <= start) continue;
    if (start > at) runs.push({ text: text.slice(at, start), span: null });
    runs.push({ text: text.slice(start, end), span });
    at = end;
  }
  if (at < text.length) runs.push({ text: text.slice(at), span: null });
  return runs;
}

export function formatDate(iso: string | null): string {
  if (!iso) return 'undated';
  return iso.slice(0, 10);
}

export function download(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = h('a', { href: url, download: filename });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 5000);
}

/** Links are drawn only for http(s) URLs (the server checks too: src/api/web-url.ts, which the client may not import). */
export function isWebUrl(s: unknown): s is string {
  if (typeof s !== 'string') return false;
  try {
    const u = new URL(s);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

const SVG = 'http://www.w3.org/2000/svg';

/** An SVG element with its attributes. */
export function svgEl<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
}
