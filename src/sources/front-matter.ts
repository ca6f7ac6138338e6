// Markdown front matter: YAML only, parsed as data. No engines (`---js` would run the file's code), no custom
// tags, no aliases (a few lines of aliases can expand to gigabytes); anything else is refused with a reason.
import { parseDocument } from 'yaml';

export type FrontMatter = { ok: true; data: Record<string, unknown>; body: string } | { ok: false; reason: string };

/** `---` or `---yaml` opening a file, then the YAML up to a line `---` (or `...`). */
const OPEN = /^\uFEFF?---([^\n]*)\n/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/m;

export function splitFrontMatter(content: string): FrontMatter {
  const open = OPEN.exec(content);
  // a thematic break (`----`, `--- ---`) or no marker at all: no front matter
  if (!open || /^-/.test(open[1]!)) return { ok: true, data: {}, body: content };
  const lang = open[1]!.trim().toLowerCase();
  if (lang !== '' && lang !== 'yaml' && lang !== 'yml') {
    return {
      ok: false,
      reason: `front matter marked "---${open[1]!.trim().slice(0, 40)}" is not supported: only YAML front matter is read`,
    };
  }
  const rest = content.slice(open[0].length);
  const close = CLOSE.exec(rest);
  if (!close) return { ok: false, reason: 'invalid front matter: no closing "---" line' };
  const yamlText = rest.slice(0, close.index);
  const body = rest.slice(close.index + close[0].length).replace(/^\n/, '');
  const doc = parseDocument(yamlText, { schema: 'core', customTags: [], prettyErrors: false, uniqueKeys: true });
  const problem = doc.errors[0] ?? doc.warnings[0];
  if (problem)
    return { ok: false, reason: `invalid front matter (only plain YAML is read): ${problem.message.split('\n')[0]}` };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 0 });
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    return {
      ok: false,
      reason: `invalid front matter (only plain YAML is read, without aliases): ${why.split('\n')[0]}`,
    };
  }
  if (data === null || data === undefined) return { ok: true, data: {}, body };
  if (typeof data !== 'object' || Array.isArray(data))
    return { ok: false, reason: 'invalid front matter: not a YAML mapping of fields' };
  return { ok: true, data: data as Record<string, unknown>, body };
}
