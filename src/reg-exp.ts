// Literal text inside a regular expression: every character that means something to RegExp escaped.

/** `s` as a regular-expression source that matches exactly `s` */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
