// Article links are only ever http(s): a `javascript:` or `data:` URL from an article file would run in the
// explorer when clicked. Shared by the readers (what is stored), the API (what was stored before) and the client.

/** True for an absolute http: or https: URL. */
export function isWebUrl(s: unknown): s is string {
  if (typeof s !== 'string' || s.length > 2048) return false;
  try {
    const u = new URL(s);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

/** `s` when it is a web URL, else null. */
export const webUrlOrNull = (s: unknown): string | null => (isWebUrl(s) ? s : null);
